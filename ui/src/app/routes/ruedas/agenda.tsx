import { Link, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { ruedaPath } from '@/config/paths';
import { AgendaBoard } from '@/features/ruedas/components/agenda-board';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with canOrganizeRuedas; the API refuses a rueda the organizer does not manage. */
export function AgendaRoute() {
  const { id = '' } = useParams();
  return (
    <Page title={messages.ruedas.agenda.title}>
      <p>
        <Link to={ruedaPath(id)}>{messages.ruedas.detail.backToRueda}</Link>
      </p>
      <AgendaBoard key={id} ruedaId={id} />
    </Page>
  );
}
