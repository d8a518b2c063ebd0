import { useMemo, useState, type FormEvent } from 'react';
import { errorText, formProblem } from '@/components/form/error-text';
import { FormAlert, FormStatus, LoadFailed } from '@/components/form/form-messages';
import { DepartmentMap } from '@/components/map/department-map';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useDepartments } from '@/lib/reference-data';
import { useProgrammeCsv, useProgrammeReport, useProgrammeXlsx, useSetTargets, type Progress, type Targets } from '../api/reports';
import { countsByDepartmentCode, parseTarget } from '../utils/report';
import { Breakdowns, HeadlineFigures, ProgressBars } from './report-parts';
import styles from './reports.module.css';

const t = messages.reports;
const METRICS = ['mipymes', 'anchors', 'meetingsHeld', 'connections', 'businessExpectationsCop'] as const;
const noop = () => undefined;

/**
 * The programme's dashboard for organizers and administrators: firms served (each once), meetings, connections
 * and business expectations; progress against the targets (which they may set here); the breakdowns as bars;
 * mipymes served per department on the map; and the CSV for the programme's own spreadsheets.
 */
export function ProgrammeDashboard() {
  const report = useProgrammeReport();
  const csv = useProgrammeCsv();
  const xlsx = useProgrammeXlsx();
  const departments = useDepartments();
  const dept = report.data?.breakdowns.department;
  const counts = useMemo(
    () => countsByDepartmentCode(dept ?? [], departments.data ?? []),
    [dept, departments.data],
  );
  const nameOf = useMemo(() => {
    const names = new Map((departments.data ?? []).map((d) => [d.code, d.displayName]));
    return (code: string) => names.get(code) ?? code;
  }, [departments.data]);

  if (report.isPending) return <p role="status">{t.loading}</p>;
  if (report.isError) {
    return (
      <LoadFailed title={t.error} error={report.error} onRetry={() => void report.refetch()} />
    );
  }
  const r = report.data;
  return (
    <>
      <div className={styles.toolbar}>
        <button type="button" className="button button-secondary" disabled={csv.isPending} onClick={() => csv.mutate()}>
          {csv.isPending ? t.downloading : t.csv}
        </button>
        <button type="button" className="button button-secondary" disabled={xlsx.isPending} onClick={() => xlsx.mutate()}>
          {xlsx.isPending ? t.downloading : t.xlsx}
        </button>
      </div>
      {csv.isError || xlsx.isError ? (
        <FormAlert>
          <p>{t.downloadError}</p>
          <p>{errorText(csv.error ?? xlsx.error)}</p>
        </FormAlert>
      ) : null}
      <HeadlineFigures figures={[
        ['mipymes', r.mipymes], ['anchors', r.anchors], ['requests', r.requests],
        ['meetingsScheduled', r.meetingsScheduled], ['meetingsHeld', r.meetingsHeld], ['noShows', r.noShows],
        ['connections', r.connections], ['businessExpectationsCop', r.businessExpectationsCop],
      ]} />
      <section className={styles.section} aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t.progressHeading}</h2>
        <ProgressBars progress={r.progress} />
        <TargetsForm progress={r.progress} />
      </section>
      {departments.data ? (
        <DepartmentMap counts={counts} selected={[]} nameOf={nameOf} onToggle={noop} labels={t.map} />
      ) : null}
      <Breakdowns breakdowns={r.breakdowns} />
    </>
  );
}

function TargetsForm({ progress }: { progress: readonly Progress[] }) {
  const current = new Map(progress.map((p) => [p.metric, p.target]));
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const [empty, setEmpty] = useState(false);
  const save = useSetTargets();
  const server = save.isError ? fieldErrors(save.error) : {};

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body: Targets = {};
    const bad: string[] = [];
    for (const metric of METRICS) {
      const parsed = parseTarget(values[metric] ?? '');
      if (parsed === 'invalid') bad.push(metric);
      else if (parsed !== null) body[metric] = parsed;
    }
    setInvalid(bad);
    setEmpty(bad.length === 0 && Object.keys(body).length === 0);
    if (bad.length > 0 || Object.keys(body).length === 0) return;
    save.mutate(body, { onSuccess: () => setValues({}) });
  }

  return (
    <details className={styles.section}>
      <summary>{t.targets.heading}</summary>
      <form onSubmit={onSubmit} noValidate>
        <p className={styles.meta}>{t.targets.hint}</p>
        <div className={styles.targets}>
          {METRICS.map((metric) => (
            <label key={metric}>
              {t.figures[metric]}
              <input inputMode="numeric" value={values[metric] ?? ''}
                placeholder={current.has(metric) ? String(current.get(metric)) : undefined}
                aria-invalid={invalid.includes(metric) || server[metric] ? true : undefined}
                onChange={(e) => setValues((v) => ({ ...v, [metric]: e.target.value }))} />
              {invalid.includes(metric) ? <span className={styles.error}>{t.targets.invalid}</span> : null}
              {server[metric] ? <span className={styles.error}>{server[metric]}</span> : null}
            </label>
          ))}
        </div>
        {empty ? <p className={styles.error}>{t.targets.nothing}</p> : null}
        {save.isError ? (
          <FormAlert>
            {formProblem(save.error, [...METRICS]).map((line) => <p key={line}>{line}</p>)}
          </FormAlert>
        ) : null}
        {save.isSuccess ? <FormStatus>{t.targets.saved}</FormStatus> : null}
        <div className={styles.toolbar}>
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t.targets.saving : t.targets.save}
          </button>
        </div>
      </form>
    </details>
  );
}
