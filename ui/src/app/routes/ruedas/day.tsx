import { Link, useParams, useSearchParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { ruedaPath } from '@/config/paths';
import { CheckInDesk } from '@/features/ruedas/components/check-in-desk';
import { FollowUpBoardView } from '@/features/ruedas/components/follow-up-board';
import { LiveBoardView } from '@/features/ruedas/components/live-board';
import { OutcomeForm } from '@/features/ruedas/components/outcome-form';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canOrganizeRuedas } from '@/lib/rueda-access';

const t = messages.ruedaDay;

function BackToRueda({ id }: { id: string }) {
  return (
    <p>
      <Link to={ruedaPath(id)}>{t.backToRueda}</Link>
    </p>
  );
}

/** Behind RequireUser with canOrganizeRuedas: the check-in desk, on a phone at the door. */
export function CheckInRoute() {
  const { id = '' } = useParams();
  return (
    <Page title={t.checkIn.title} lead={t.checkIn.lead} narrow>
      <BackToRueda id={id} />
      <CheckInDesk key={id} ruedaId={id} />
    </Page>
  );
}

/** Behind RequireUser with canOrganizeRuedas. */
export function LiveRoute() {
  const { id = '' } = useParams();
  return (
    <Page title={t.live.title} lead={t.live.lead}>
      <BackToRueda id={id} />
      <LiveBoardView key={id} ruedaId={id} />
    </Page>
  );
}

/** Behind RequireUser with canOrganizeRuedas. The path /ruedas/:id/seguimiento is linked from e-mails: keep it. */
export function FollowUpRoute() {
  const { id = '' } = useParams();
  return (
    <Page title={t.followUp.title} lead={t.followUp.lead}>
      <BackToRueda id={id} />
      <FollowUpBoardView key={id} ruedaId={id} />
    </Page>
  );
}

/**
 * Behind RequireUser: a firm records its side of one of its meetings; an organizer, with {@code ?parte=}, records
 * the side of that participant (the server checks that the rueda is theirs).
 */
export function OutcomeRoute() {
  const { id = '', meetingId = '' } = useParams();
  const [search] = useSearchParams();
  const state = useSession();
  const side = search.get('parte');
  const onBehalf = side !== null && side !== '' && state.status === 'signed-in' && canOrganizeRuedas(state.user);
  const organizationId = onBehalf ? side : state.status === 'signed-in' ? (state.user.organizationId ?? null) : null;
  return (
    <Page title={t.outcome.title} lead={onBehalf ? t.outcome.leadOnBehalf : t.outcome.lead} narrow>
      <OutcomeForm key={`${id}/${meetingId}/${organizationId ?? ''}`} ruedaId={id} meetingId={meetingId}
        organizationId={organizationId} onBehalf={onBehalf} />
    </Page>
  );
}
