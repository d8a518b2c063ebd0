import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { Shortlist } from '@/features/matching/components/shortlist';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with canSeeShortlists; the API refuses an anchor another anchor's requirement (404). */
export function ShortlistRoute() {
  const { id = '' } = useParams();
  const t = messages.shortlist;
  return (
    <Page title={t.title} lead={t.lead}>
      <Shortlist key={id} requirementId={id} />
    </Page>
  );
}
