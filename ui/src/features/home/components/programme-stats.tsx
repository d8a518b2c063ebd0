import { messages } from '@/i18n/es-CO';
import { problemDetail } from '@/lib/api-client';
import { formatInteger } from '@/utils/format';
import { useProgrammeStats, type ProgrammeStats as Stats } from '../api/get-programme-stats';
import styles from './programme-stats.module.css';

const t = messages.home.stats;

/** The figures shown, in order; `id` names the element for tests (`stat-<id>`). */
const FIGURES = [
  { id: 'suppliers', field: 'suppliers', label: t.suppliers },
  { id: 'anchors', field: 'anchors', label: t.anchors },
  { id: 'requirements', field: 'requirements', label: t.requirements },
  { id: 'ruedas', field: 'ruedas', label: t.ruedas },
] as const satisfies ReadonlyArray<{ id: string; field: keyof Stats; label: string }>;

/** Live programme figures from `/api/v1/stats`, with loading and a retryable error state. */
export function ProgrammeStats() {
  const stats = useProgrammeStats();

  return (
    <section className={styles.section} aria-labelledby="programme-stats-title">
      <h2 id="programme-stats-title" className={styles.title}>
        {t.heading}
      </h2>
      {stats.isPending ? (
        <p role="status" className={styles.loading}>
          {t.loading}
        </p>
      ) : stats.isError ? (
        <div role="alert" className={styles.error}>
          <p className={styles.errorTitle}>{t.errorTitle}</p>
          <p>{problemDetail(stats.error) ?? t.errorFallback}</p>
          <button
            type="button"
            className="button"
            onClick={() => void stats.refetch()}
            disabled={stats.isFetching}
          >
            {stats.isFetching ? t.retrying : t.retry}
          </button>
        </div>
      ) : (
        <dl className={styles.figures}>
          {FIGURES.map((figure) => (
            <div key={figure.id} className={styles.figure}>
              <dt className={styles.label}>{figure.label}</dt>
              <dd className={styles.value} data-testid={`stat-${figure.id}`}>
                {formatInteger(stats.data[figure.field])}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
