import { Page } from '@/components/ui/page';
import { SupplierOpportunities } from '@/features/matching/components/supplier-opportunities';
import { RequirementSearch } from '@/features/search/components/requirement-search';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canSeeShortlists } from '@/lib/search-access';

/** Behind RequireUser with canSearchRequirements. */
export function OpportunitiesRoute() {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  const t = messages.opportunities;
  const isSupplier = state.user.role === 'SUPPLIER';
  return (
    <Page title={t.title} lead={isSupplier ? t.leadSupplier : t.leadOthers}>
      {isSupplier && state.user.organizationId ? <SupplierOpportunities organizationId={state.user.organizationId} /> : null}
      <RequirementSearch isSupplier={isSupplier} canSeeShortlists={canSeeShortlists(state.user)} />
    </Page>
  );
}
