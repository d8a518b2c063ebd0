import { Page } from '@/components/ui/page';
import { GapDashboard } from '@/features/gaps/components/gap-dashboard';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with canSeeGaps (organizers and administrators). */
export function GapsRoute() {
  return (
    <Page title={messages.gaps.title} lead={messages.gaps.lead}>
      <GapDashboard />
    </Page>
  );
}
