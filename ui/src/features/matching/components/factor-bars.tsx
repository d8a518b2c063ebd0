import { useId } from 'react';
import { messages } from '@/i18n/es-CO';
import { formatPercent } from '../utils/format';
import styles from './shortlist.module.css';

const t = messages.shortlist.factors;

/** The five factors of the matching model, in the order the model weighs them. */
export const FACTORS = ['text', 'valueChain', 'certifications', 'territory', 'inclusion'] as const;

/**
 * One bar per factor, as native `<meter>` elements (role "meter", value 0–1, read as a percentage) labelled by
 * the factor's name, with the same percentage written next to it for whoever cannot see the bar.
 */
export function FactorBars({ factors }: { factors: Record<string, number> }) {
  const id = useId();
  return (
    <dl className={styles.factors}>
      {FACTORS.map((factor) => {
        const raw = factors[factor];
        const value = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
        const labelId = `${id}-${factor}`;
        return (
          <div key={factor} className={styles.factor}>
            <dt id={labelId}>{t[factor]}</dt>
            <dd>
              <meter
                className={styles.meter}
                min={0}
                max={1}
                low={0.34}
                high={0.67}
                optimum={1}
                value={value}
                aria-labelledby={labelId}
                aria-valuetext={formatPercent(value)}
              />
              <span className={styles.factorValue}>{formatPercent(value)}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
