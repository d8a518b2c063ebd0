import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus, LoadFailed } from '@/components/form/form-messages';
import { meetingOutcomePath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useLiveBoard, useMarkAttendance, useRefill, type LiveBoard, type LiveMeeting, type Refill } from '../api/rueda-day';
import { groupBySlot } from '../utils/day';
import { formatTime } from '../utils/format';
import styles from './rueda-day.module.css';

const t = messages.ruedaDay.live;

/**
 * The organizer's live view of the day: each slot with its tables, who of each pair has checked in, and the
 * buttons to say a meeting was held or someone did not come. It refreshes itself every 30 seconds; "Rellenar
 * espacios libres" offers the slots freed by no-shows to the standby requests and says what it placed.
 */
export function LiveBoardView({ ruedaId }: { ruedaId: string }) {
  const live = useLiveBoard(ruedaId);
  const mark = useMarkAttendance(ruedaId);
  const refill = useRefill(ruedaId);

  if (live.isPending) return <p role="status">{t.loading}</p>;
  if (live.isError && !live.data) {
    return (
      <LoadFailed title={t.error} error={live.error} onRetry={() => void live.refetch()} />
    );
  }
  const board = live.data;
  const slots = groupBySlot(board.meetings);

  return (
    <>
      <p className={styles.badge}>{t.totals(board.checkedIn, board.participants, board.absent)}</p>
      <div className={styles.toolbar}>
        <span className={styles.meta} aria-live="polite">
          {live.isFetching ? t.refreshing : t.updatedAt(formatTime(new Date(live.dataUpdatedAt).toISOString()))}
        </span>
        <button type="button" className="button button-secondary" disabled={live.isFetching}
          onClick={() => void live.refetch()}>
          {t.refreshNow}
        </button>
        <button type="button" className="button" disabled={refill.isPending} onClick={() => refill.mutate()}>
          {refill.isPending ? t.refilling : t.refill}
        </button>
      </div>
      {live.isError ? (
        <FormAlert>
          <p>{errorText(live.error)}</p>
        </FormAlert>
      ) : null}
      {refill.isError ? (
        <FormAlert>
          <p>{errorText(refill.error)}</p>
        </FormAlert>
      ) : null}
      {refill.isSuccess ? <RefillResult result={refill.data} board={board} /> : null}
      {mark.isError ? (
        <FormAlert>
          <p>{errorText(mark.error)}</p>
        </FormAlert>
      ) : null}
      {mark.isSuccess ? (
        <FormStatus>{mark.data.status === 'HELD' ? t.markedHeld : t.markedNoShow(mark.data.freed)}</FormStatus>
      ) : null}
      {slots.length === 0 ? <p>{t.empty}</p> : null}
      {slots.map((slot) => (
        <section key={slot.slot} className={styles.slot} aria-labelledby={`slot-${slot.slot}`}>
          <h2 id={`slot-${slot.slot}`} className={styles.slotTitle}>{t.slot(formatTime(slot.startsAt))}</h2>
          <ul className={styles.cells}>
            {slot.meetings.map((m) => (
              <MeetingCell key={m.id} ruedaId={ruedaId} meeting={m} busy={mark.isPending && mark.variables?.meetingId === m.id}
                disabled={mark.isPending}
                onMark={(status, absent) => mark.mutate({ meetingId: m.id, status, absent })} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function MeetingCell({ ruedaId, meeting: m, onMark, busy, disabled }: {
  ruedaId: string;
  meeting: LiveMeeting;
  onMark: (status: 'HELD' | 'NO_SHOW', absent?: string) => void;
  busy: boolean;
  disabled: boolean;
}) {
  const [askingAbsent, setAskingAbsent] = useState(false);
  // Suggest whoever has not checked in as the absent side.
  const guess = m.a.present && !m.b.present ? m.b.organizationId : m.b.present && !m.a.present ? m.a.organizationId : '';
  const [absent, setAbsent] = useState(guess);
  const cls = m.status === 'HELD' ? styles.cellHeld : m.status === 'NO_SHOW' ? styles.cellNoShow
    : m.status === 'CANCELLED' ? styles.cellCancelled : '';
  return (
    <li className={`${styles.cell} ${cls}`}>
      <p className={styles.name}>{t.table(m.table)}</p>
      <ul className={styles.sides}>
        {[m.a, m.b].map((side) => (
          <li key={side.organizationId} className={styles.side}>
            <span className={side.present ? styles.present : styles.away} aria-hidden="true">
              {side.present ? '●' : '○'}
            </span>
            <span>
              {side.name}
              <span className="visually-hidden">{` (${side.present ? t.present : t.notPresent})`}</span>
            </span>
          </li>
        ))}
      </ul>
      <p>
        <span className={styles.badge}>{t.status[m.status] ?? m.status}</span>
      </p>
      {m.status === 'SCHEDULED' && !askingAbsent ? (
        <div className={styles.actions}>
          <button type="button" className={`button ${styles.small}`} disabled={disabled}
            aria-label={t.heldLabel(m.a.name, m.b.name)} onClick={() => onMark('HELD')}>
            {busy ? t.marking : t.held}
          </button>
          <button type="button" className={`button button-secondary ${styles.small}`} disabled={disabled}
            aria-label={t.noShowLabel(m.a.name, m.b.name)} onClick={() => setAskingAbsent(true)}>
            {t.noShow}
          </button>
        </div>
      ) : null}
      {m.status === 'HELD' ? (
        // a firm that tells its outcome at the desk (or has no phone at hand): the organizer records it for them
        <div className={styles.actions}>
          {[m.a, m.b].map((side) => (
            <Link key={side.organizationId} className={`button button-secondary ${styles.small}`}
              to={meetingOutcomePath(ruedaId, m.id, side.organizationId)}
              aria-label={t.outcomeForLabel(side.name, side === m.a ? m.b.name : m.a.name)}>
              {t.outcomeFor(side.name)}
            </Link>
          ))}
        </div>
      ) : null}
      {m.status === 'SCHEDULED' && askingAbsent ? (
        <fieldset className={styles.fieldset}>
          <legend>{t.absentQuestion}</legend>
          {[m.a, m.b].map((side) => (
            <label key={side.organizationId} className={styles.radio}>
              <input type="radio" name={`absent-${m.id}`} checked={absent === side.organizationId}
                onChange={() => setAbsent(side.organizationId)} />
              {side.name}
            </label>
          ))}
          <label className={styles.radio}>
            <input type="radio" name={`absent-${m.id}`} checked={absent === ''} onChange={() => setAbsent('')} />
            {t.absentNeither}
          </label>
          <div className={styles.actions}>
            <button type="button" className={`button button-danger ${styles.small}`} disabled={disabled}
              onClick={() => onMark('NO_SHOW', absent || undefined)}>
              {busy ? t.marking : t.confirmNoShow}
            </button>
            <button type="button" className={`button button-secondary ${styles.small}`}
              onClick={() => setAskingAbsent(false)}>
              {t.cancel}
            </button>
          </div>
        </fieldset>
      ) : null}
    </li>
  );
}

function RefillResult({ result, board }: { result: Refill; board: LiveBoard }) {
  const names = new Map<string, string>();
  for (const m of board.meetings) {
    names.set(m.a.organizationId, m.a.name);
    names.set(m.b.organizationId, m.b.name);
  }
  const slotTime = new Map(board.meetings.map((m) => [m.slot, formatTime(m.startsAt)]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <FormStatus>
      <p>{result.placed.length === 0 ? t.refillNone : t.refillDone(result.placed.length, result.standby, result.slotsLeft)}</p>
      {result.placed.length > 0 ? (
        <>
          <p>{t.placedHeading}</p>
          <ul>
            {result.placed.map((p) => (
              <li key={`${p.slot}-${p.table}`}>{t.placedLine(slotTime.get(p.slot) ?? p.slot, p.table, nameOf(p.a), nameOf(p.b))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </FormStatus>
  );
}
