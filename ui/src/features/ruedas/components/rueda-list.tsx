import { Link } from 'react-router';
import { LoadFailed } from '@/components/form/form-messages';
import { paths, ruedaPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { formatDate } from '@/utils/format-date';
import { useRuedas } from '../api/ruedas';
import styles from './ruedas.module.css';

const t = messages.ruedas;

/** Every rueda the person may see, newest first; organizers start a new one from here. */
export function RuedaList({ canCreate }: { canCreate: boolean }) {
  const ruedas = useRuedas();
  return (
    <>
      {canCreate ? (
        <p className={styles.toolbar}>
          <Link to={paths.ruedaNew} className="button">
            {t.newRueda}
          </Link>
        </p>
      ) : null}
      {ruedas.isPending ? (
        <p role="status">{t.loading}</p>
      ) : ruedas.isError ? (
        <LoadFailed title={t.error} error={ruedas.error} onRetry={() => void ruedas.refetch()} />
      ) : ruedas.data.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className={styles.list} aria-label={t.listLabel}>
          {ruedas.data.items.map((r) => (
            <li key={r.id} className={styles.card}>
              <h2 className={styles.cardTitle}>
                <Link to={ruedaPath(r.id)}>{r.name}</Link>
              </h2>
              <p className={styles.meta}>
                <span className={styles.badge}>{t.status[r.status] ?? r.status}</span>{' '}
                {t.startsOn(formatDate(`${r.startsOn}T12:00:00-05:00`))}
              </p>
              <p className={styles.meta}>{[r.venue, r.municipalityName].filter(Boolean).join(' · ')}</p>
              <p className={styles.meta}>{t.organizer(r.organizerName)}</p>
              <p className={styles.meta}>{t.counts(r.anchors, r.suppliers, r.requests, r.meetings)}</p>
              {r.myStatus ? (
                <p className={styles.meta}>{t.myStatus(t.participantStatus[r.myStatus] ?? r.myStatus)}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
