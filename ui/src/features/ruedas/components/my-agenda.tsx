import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus, LoadFailed } from '@/components/form/form-messages';
import { meetingOutcomePath, ruedaPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useParticipantAgenda, useRuedaDownload, type AgendaMeeting } from '../api/ruedas';
import { canReportOutcome } from '../utils/day';
import { formatDay, formatTime, webcalUrl } from '../utils/format';
import styles from './ruedas.module.css';

const t = messages.ruedas.myAgenda;

/**
 * A participant's own agenda, made for a phone at the event: meetings by time with table and counterpart (a
 * cancelled one struck through), the check-in code in large type, the PDF and .ics downloads and the secret
 * calendar subscription. It prints cleanly (the buttons are hidden on paper).
 */
export function MyAgenda({ ruedaId, organizationId }: { ruedaId: string; organizationId: string | null }) {
  const agenda = useParticipantAgenda(ruedaId, organizationId);
  const download = useRuedaDownload(ruedaId, organizationId ?? undefined);

  if (organizationId === null) return <FormStatus>{t.noOrganization}</FormStatus>;
  if (agenda.isPending) return <p role="status">{t.loading}</p>;
  if (agenda.isError) {
    return (
      <LoadFailed title={t.error} error={agenda.error} onRetry={() => void agenda.refetch()} />
    );
  }
  const a = agenda.data;
  const meetings = [...a.meetings].sort((x, y) => x.startsAt.localeCompare(y.startsAt));
  return (
    <>
      <p className={`${styles.meta} ${styles.noPrint}`}>
        <Link to={ruedaPath(ruedaId)}>{messages.ruedas.detail.backToRueda}</Link>
      </p>
      <h2 className={styles.cardTitle}>{a.ruedaName}</h2>
      <p className={styles.meta}>{[a.name, a.nit, a.venue, a.municipalityName].filter(Boolean).join(' · ')}</p>
      {a.checkInCode ? (
        <section aria-labelledby="check-in" className={styles.card}>
          <h3 id="check-in">{t.checkIn}</h3>
          <p className={styles.checkIn}>{a.checkInCode}</p>
          <p className={styles.meta}>{t.checkInHint}</p>
        </section>
      ) : null}
      {!a.published ? <FormStatus>{t.notPublished}</FormStatus> : null}
      {a.published && meetings.length === 0 ? <p>{t.empty}</p> : null}
      {meetings.length > 0 ? (
        <ol className={styles.agendaList} aria-label={t.listLabel}>
          {meetings.map((m) => (
            <MeetingItem key={m.id} meeting={m} ruedaId={ruedaId} />
          ))}
        </ol>
      ) : null}
      {a.published ? (
        <div className={styles.noPrint}>
          {download.isError ? (
            <FormAlert>
              <p>{messages.ruedas.agenda.downloadError}</p>
              <p>{errorText(download.error)}</p>
            </FormAlert>
          ) : null}
          {download.isPending ? <p role="status">{messages.ruedas.agenda.downloading}</p> : null}
          <div className={styles.toolbar}>
            <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('pdf')}>
              {t.pdf}
            </button>
            <button type="button" className="button button-secondary" disabled={download.isPending}
              onClick={() => download.mutate('ics')}>
              {t.ics}
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t.print}
            </button>
          </div>
          {a.calendarUrl ? (
            <details className={styles.card}>
              <summary>{t.subscribe}</summary>
              <p>{t.subscribeHint}</p>
              <p className={styles.meta}>{t.subscribeUrl}</p>
              <p className={styles.url}>{a.calendarUrl}</p>
              <p>
                <a className="button button-secondary" href={webcalUrl(a.calendarUrl)}>
                  {t.openInCalendar}
                </a>
              </p>
            </details>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function MeetingItem({ meeting: m, ruedaId }: { meeting: AgendaMeeting; ruedaId: string }) {
  const cancelled = m.status === 'CANCELLED';
  const c = m.counterpart;
  return (
    <li className={styles.agendaItem}>
      <div className={cancelled ? styles.cancelled : undefined}>
        <p className={styles.agendaTime}>
          <time dateTime={m.startsAt}>{t.time(formatTime(m.startsAt), formatTime(m.endsAt))}</time>
        </p>
        <p className={styles.meta}>{formatDay(m.startsAt)}</p>
        <p className={styles.meetingNames}>{c.name}</p>
        <p>{t.table(m.tableName)}</p>
        {c.contactName || c.contactEmail || c.contactPhone ? (
          <p className={styles.meta}>
            {`${t.contact}: `}
            {[c.contactName, c.contactEmail, c.contactPhone].filter(Boolean).join(' · ')}
          </p>
        ) : null}
      </div>
      <p>
        <span className={styles.badge}>{t.status[m.status] ?? m.status}</span>
      </p>
      {canReportOutcome(m) ? (
        <p className={styles.noPrint}>
          <Link className="button" to={meetingOutcomePath(ruedaId, m.id)} aria-label={t.recordOutcomeLabel(c.name)}>
            {t.recordOutcome}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
