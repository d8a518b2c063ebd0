import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { RequestPhase } from '@/features/ruedas/components/request-phase';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser; the API shows a firm its own requests and an organizer every one. */
export function RuedaRequestsRoute() {
  const { id = '' } = useParams();
  return (
    <Page title={messages.ruedas.requests.title} lead={messages.ruedas.requests.lead}>
      <RequestPhase key={id} ruedaId={id} />
    </Page>
  );
}
