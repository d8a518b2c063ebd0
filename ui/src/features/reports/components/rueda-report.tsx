import { errorText } from '@/components/form/error-text';
import { FormAlert, LoadFailed } from '@/components/form/form-messages';
import { messages } from '@/i18n/es-CO';
import { useRuedaReport, useRuedaReportFile } from '../api/reports';
import styles from './reports.module.css';
import { Breakdowns, HeadlineFigures } from './report-parts';

const t = messages.reports;

/** One rueda's report for its organizer: the headline figures and the breakdowns as bars. */
export function RuedaReportView({ ruedaId }: { ruedaId: string }) {
  const report = useRuedaReport(ruedaId);
  const file = useRuedaReportFile(ruedaId);
  if (report.isPending) return <p role="status">{t.loading}</p>;
  if (report.isError) {
    return (
      <LoadFailed title={t.error} error={report.error} onRetry={() => void report.refetch()} />
    );
  }
  const r = report.data;
  return (
    <>
      <h2>{r.name}</h2>
      <div className={styles.toolbar}>
        <button type="button" className="button button-secondary" disabled={file.isPending} onClick={() => file.mutate('csv')}>
          {t.csv}
        </button>
        <button type="button" className="button button-secondary" disabled={file.isPending} onClick={() => file.mutate('xlsx')}>
          {t.xlsx}
        </button>
      </div>
      {file.isError ? (
        <FormAlert>
          <p>{t.downloadError}</p>
          <p>{errorText(file.error)}</p>
        </FormAlert>
      ) : null}
      <HeadlineFigures figures={[
        ['anchors', r.anchors], ['mipymes', r.suppliers], ['checkedIn', r.checkedIn], ['requests', r.requests],
        ['meetingsScheduled', r.meetingsScheduled], ['meetingsHeld', r.meetingsHeld], ['noShows', r.noShows],
        ['connections', r.connections], ['businessExpectationsCop', r.businessExpectationsCop],
      ]} />
      <Breakdowns breakdowns={r.breakdowns} />
    </>
  );
}
