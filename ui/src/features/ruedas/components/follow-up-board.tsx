import { useState } from 'react';
import { Link } from 'react-router';
import { LoadFailed } from '@/components/form/form-messages';
import { meetingOutcomePath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useFollowUp, type FollowUpItem } from '../api/rueda-day';
import { followUpLabel, formatCop, sortFollowUp } from '../utils/day';
import { formatDay } from '../utils/format';
import styles from './rueda-day.module.css';

const t = messages.ruedaDay.followUp;
const interests = messages.ruedaDay.outcome.interests;

/** A calendar date ("2026-12-10") in words, read as that day in Bogotá (not shifted by the device's zone). */
function formatDate(date: string): string {
  return formatDay(`${date}T12:00:00-05:00`);
}

/**
 * The organizer's follow-up of a rueda (linked from the reminder e-mails): each side of each held meeting with
 * its next step, overdue ones first and highlighted, then those due soon, awaiting an outcome, on track.
 */
export function FollowUpBoardView({ ruedaId }: { ruedaId: string }) {
  const board = useFollowUp(ruedaId);
  const [onlyOverdue, setOnlyOverdue] = useState(false);

  if (board.isPending) return <p role="status">{t.loading}</p>;
  if (board.isError) {
    return (
      <LoadFailed title={t.error} error={board.error} onRetry={() => void board.refetch()} />
    );
  }
  const b = board.data;
  // The API already orders the list; sorting again keeps the promise if that ever changes.
  const items = sortFollowUp(b.items).filter((i) => !onlyOverdue || i.state === 'OVERDUE');
  return (
    <>
      <p className={b.overdue > 0 ? styles.stateOverdue : styles.meta}>{t.summary(b.overdue, b.items.length)}</p>
      <p className={styles.meta}>{t.today(formatDate(b.today))}</p>
      {b.overdue > 0 ? (
        <label className={styles.radio}>
          <input type="checkbox" checked={onlyOverdue} onChange={(e) => setOnlyOverdue(e.target.checked)} />
          {t.filterOverdue}
        </label>
      ) : null}
      {b.items.length === 0 ? <p>{t.empty}</p> : null}
      {items.length > 0 ? (
        <ul className={styles.list} aria-label={t.listLabel}>
          {items.map((i) => (
            <Item key={`${i.meetingId}/${i.organizationId}`} ruedaId={ruedaId} item={i} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Item({ ruedaId, item: i }: { ruedaId: string; item: FollowUpItem }) {
  const cls = i.state === 'OVERDUE' ? styles.itemOverdue : i.state === 'DUE_SOON' ? styles.itemSoon : '';
  return (
    <li className={`${styles.item} ${cls}`}>
      <p className={i.state === 'OVERDUE' ? styles.stateOverdue : styles.badge}>{followUpLabel(i)}</p>
      <p className={styles.name}>{i.name}</p>
      <p className={styles.meta}>{t.with(i.counterpartName)}</p>
      <dl className={styles.facts}>
        <dt>{t.interest}</dt>
        <dd>{i.interest ? (interests[i.interest] ?? i.interest) : t.none}</dd>
        <dt>{t.nextStep}</dt>
        <dd>{i.nextStep ?? t.none}</dd>
        <dt>{t.nextStepDate}</dt>
        <dd>{i.nextStepDate ? formatDate(i.nextStepDate) : t.none}</dd>
        <dt>{t.value}</dt>
        <dd>{i.expectedValueCop > 0 ? formatCop(i.expectedValueCop) : t.none}</dd>
      </dl>
      {i.openTasks.length > 0 ? <p className={styles.meta}>{t.openTasks(i.openTasks.join(', '))}</p> : null}
      {/* what the firm told the organizer (by phone, at a follow-up visit) is recorded for it */}
      <p>
        <Link to={meetingOutcomePath(ruedaId, i.meetingId, i.organizationId)} aria-label={t.recordLabel(i.name, i.counterpartName)}>
          {i.interest ? t.correct : t.record}
        </Link>
      </p>
    </li>
  );
}
