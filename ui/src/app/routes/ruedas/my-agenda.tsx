import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { MyAgenda } from '@/features/ruedas/components/my-agenda';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';

/** Behind RequireUser. The path /ruedas/:id/mi-agenda is printed in the agenda PDF: keep it. */
export function MyAgendaRoute() {
  const { id = '' } = useParams();
  const state = useSession();
  const organizationId = state.status === 'signed-in' ? (state.user.organizationId ?? null) : null;
  return (
    <Page title={messages.ruedas.myAgenda.title}>
      <MyAgenda key={id} ruedaId={id} organizationId={organizationId} />
    </Page>
  );
}
