import { messages } from '@/i18n/es-CO';
import type { SupplierDetails } from '../api/suppliers';
import styles from './profile-wizard.module.css';

const t = messages.supplierProfile.completeness;

/** How complete the profile is, as a bar and a list of what is missing (the server decides both). */
export function CompletenessMeter({ completeness }: { completeness: SupplierDetails['completeness'] }) {
  return (
    <section className={styles.meter} aria-labelledby="completeness-heading">
      <h2 id="completeness-heading" className={styles.meterTitle}>
        {t.heading}
      </h2>
      <progress className={styles.progress} max={100} value={completeness.percent} aria-labelledby="completeness-heading" />
      <p className={styles.percent}>{t.percent(completeness.percent)}</p>
      {completeness.missing.length === 0 ? (
        <p>{t.complete}</p>
      ) : (
        <>
          <p>{t.missing}</p>
          <ul className={styles.missing}>
            {completeness.missing.map((m) => (
              <li key={m.field}>{m.label}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
