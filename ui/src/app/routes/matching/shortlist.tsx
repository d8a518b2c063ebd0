import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { Shortlist } from '@/features/matching/components/shortlist';
import { InviteToRuedaDialog, RuedasTakingRequests } from '@/features/ruedas/components/invite-to-rueda';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canOrganizeRuedas } from '@/lib/rueda-access';

/**
 * Behind RequireUser with canSeeShortlists; the API refuses an anchor another anchor's requirement (404).
 * Composes two features: organizers invite a supplier into an open rueda from the shortlist; an anchor taking
 * part in a rueda that takes requests is pointed to it.
 */
export function ShortlistRoute() {
  const { id = '' } = useParams();
  const state = useSession();
  const user = state.status === 'signed-in' ? state.user : null;
  const t = messages.shortlist;
  return (
    <Page title={t.title} lead={t.lead}>
      {user?.role === 'ANCHOR' ? <RuedasTakingRequests /> : null}
      <Shortlist
        key={id}
        requirementId={id}
        renderInvite={
          user && canOrganizeRuedas(user)
            ? (supplier, close) => <InviteToRuedaDialog supplier={supplier} onClose={close} />
            : undefined
        }
      />
    </Page>
  );
}
