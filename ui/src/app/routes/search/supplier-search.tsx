import { Page } from '@/components/ui/page';
import { OwnRequirements } from '@/features/search/components/own-requirements';
import { InviteToRuedaDialog } from '@/features/ruedas/components/invite-to-rueda';
import { SupplierSearch } from '@/features/search/components/supplier-search';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canOrganizeRuedas } from '@/lib/rueda-access';

/** Behind RequireUser with canSearchSuppliers; organizers can invite a supplier found into an open rueda. */
export function SupplierSearchRoute() {
  const state = useSession();
  const t = messages.supplierSearch;
  const user = state.status === 'signed-in' ? state.user : null;
  return (
    <Page title={t.title} lead={t.lead}>
      {state.status === 'signed-in' && state.user.role === 'ANCHOR' ? <OwnRequirements /> : null}
      <SupplierSearch
        renderInvite={
          user && canOrganizeRuedas(user)
            ? (supplier, close) => <InviteToRuedaDialog supplier={supplier} onClose={close} />
            : undefined
        }
      />
    </Page>
  );
}
