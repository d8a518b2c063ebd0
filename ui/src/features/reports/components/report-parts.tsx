import { useMemo, useState } from 'react';
import { messages } from '@/i18n/es-CO';
import { useValueChains } from '@/lib/reference-data';
import { formatInteger } from '@/utils/format';
import { bars, breakdownKeyLabel, formatPercent, percentOfTarget, type Bucket, type BucketMeasure } from '../utils/report';
import styles from './reports.module.css';

const t = messages.reports;

/** Pesos as a report shows them: "$ 1.250.000". */
export function formatCopAmount(value: number): string {
  return `$\u00a0${formatInteger(value)}`;
}

/** A metric's value as it reads: pesos for business expectations, a plain count for the rest. */
export function formatMetric(metric: string, value: number): string {
  return metric === 'businessExpectationsCop' ? formatCopAmount(value) : formatInteger(value);
}

/** The headline figures, as a grid of large numbers. */
export function HeadlineFigures({ figures }: { figures: ReadonlyArray<[string, number]> }) {
  return (
    <dl className={styles.figures} aria-label={t.figuresLabel}>
      {figures.map(([metric, value]) => (
        <div key={metric} className={styles.figure}>
          <dt>{t.figures[metric] ?? metric}</dt>
          <dd>{formatMetric(metric, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ProgressBars({ progress }: { progress: ReadonlyArray<{ metric: string; target: number; actual: number }> }) {
  if (progress.length === 0) return <p>{t.noTargets}</p>;
  return (
    <ul className={styles.progressList}>
      {progress.map((p) => {
        const { percent, width } = percentOfTarget(p.actual, p.target);
        const label = t.figures[p.metric] ?? p.metric;
        return (
          <li key={p.metric}>
            <div className={styles.progressHead}>
              <strong>{label}</strong>
              <span>{t.progressLine(formatMetric(p.metric, p.actual), formatMetric(p.metric, p.target), formatPercent(percent))}</span>
            </div>
            <div className={styles.track} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100}
              aria-valuenow={width} aria-valuetext={formatPercent(percent)}>
              <div className={`${styles.fill} ${percent >= 100 ? styles.fillDone : ''}`} style={{ width: `${width}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

const MEASURES: BucketMeasure[] = ['firms', 'meetingsHeld', 'connections', 'businessExpectationsCop'];

/** Every breakdown as horizontal bars (plain CSS, no chart library), measured as the reader picks. */
export function Breakdowns({ breakdowns }: { breakdowns: Record<string, Bucket[] | undefined> }) {
  const [measure, setMeasure] = useState<BucketMeasure>('firms');
  const chains = useValueChains();
  const chainNames = useMemo(() => new Map((chains.data ?? []).map((c) => [c.code, c.name])), [chains.data]);
  const dimensions = Object.keys(breakdowns);
  const format = (v: number) => (measure === 'businessExpectationsCop' ? formatCopAmount(v) : formatInteger(v));
  return (
    <section className={styles.section} aria-labelledby="breakdowns-heading">
      <h2 id="breakdowns-heading">{t.breakdownsHeading}</h2>
      <div className={styles.toolbar}>
        <label htmlFor="breakdown-measure">{t.measureLabel}</label>
        <select id="breakdown-measure" className={styles.select} value={measure}
          onChange={(e) => setMeasure(e.target.value as BucketMeasure)}>
          {MEASURES.map((m) => <option key={m} value={m}>{t.measures[m]}</option>)}
        </select>
      </div>
      <div className={styles.breakdowns}>
        {dimensions.map((dimension) => {
          const rows = bars(breakdowns[dimension] ?? [], measure);
          return (
            <div key={dimension} className={styles.breakdown}>
              <h3>{t.breakdowns[dimension] ?? dimension}</h3>
              {rows.length === 0 ? <p className={styles.meta}>{t.emptyBreakdown}</p> : (
                <ul className={styles.bars}>
                  {rows.map((r) => {
                    const key = breakdownKeyLabel(dimension, r.key, chainNames);
                    return (
                      <li key={r.key} className={styles.bar} aria-label={t.barLabel(key, format(r.value))}>
                        <span className={styles.barKey} aria-hidden="true">{key}</span>
                        <span className={styles.barTrack} aria-hidden="true">
                          <span className={styles.barFill} style={{ width: `${r.width}%`, display: 'block' }} />
                        </span>
                        <span className={styles.barValue} aria-hidden="true">{format(r.value)}</span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
