import { Page } from '@/components/ui/page';
import { OwnRequirements } from '@/features/search/components/own-requirements';
import { SupplierSearch } from '@/features/search/components/supplier-search';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';

/** Behind RequireUser with canSearchSuppliers. */
export function SupplierSearchRoute() {
  const state = useSession();
  const t = messages.supplierSearch;
  return (
    <Page title={t.title} lead={t.lead}>
      {state.status === 'signed-in' && state.user.role === 'ANCHOR' ? <OwnRequirements /> : null}
      <SupplierSearch />
    </Page>
  );
}
