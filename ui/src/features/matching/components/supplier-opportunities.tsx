import { useId } from 'react';
import { messages } from '@/i18n/es-CO';
import { useSupplierOpportunities, type Opportunity } from '../api/supplier-opportunities';
import { formatCalendarDate, formatPercent } from '../utils/format';
import styles from './supplier-opportunities.module.css';

const t = messages.supplierOpportunities;

/** "Lo que cumplo y lo que me falta": the requirements the mipyme meets, and those it nearly meets with its gaps. */
export function SupplierOpportunities({ organizationId }: { organizationId: string }) {
  const id = useId();
  const query = useSupplierOpportunities(organizationId);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{t.heading}</h2>
      <p className={styles.lead}>{t.lead}</p>
      {query.isPending ? (
        <p role="status">{t.loading}</p>
      ) : query.isError ? (
        <p role="alert">{t.error}</p>
      ) : (
        <div className={styles.columns}>
          <OpportunityList heading={t.eligibleHeading} empty={t.eligibleEmpty} items={query.data.eligible ?? []} />
          <OpportunityList heading={t.nearlyHeading} empty={t.nearlyEmpty} items={query.data.nearlyEligible ?? []} />
        </div>
      )}
    </section>
  );
}

function OpportunityList({ heading, empty, items }: { heading: string; empty: string; items: readonly Opportunity[] }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t.count(heading, items.length)}</h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={id}>
          {items.map((item) => (
            <li key={item.requirementId}>
              <OpportunityCard item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OpportunityCard({ item }: { item: Opportunity }) {
  const id = useId();
  const reasons = item.reasons ?? [];
  const gaps = item.gaps ?? [];
  const lacks = item.lacks ?? [];
  return (
    <article className={styles.card} aria-labelledby={id}>
      <h4 id={id} className={styles.title}>
        {item.title}
      </h4>
      <p className={styles.meta}>{t.meta(item.anchorName, item.externalId, formatPercent(item.score))}</p>
      <p className={styles.meta}>{item.neededBy ? t.neededBy(formatCalendarDate(item.neededBy)) : t.noDate}</p>
      {reasons.length > 0 ? (
        <>
          <p className={styles.label}>{t.reasons}</p>
          <ul className={styles.reasons}>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {gaps.length > 0 ? (
        <>
          <p className={styles.label}>{t.gaps}</p>
          <ul className={styles.gaps}>
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </>
      ) : null}
      {lacks.length > 0 ? (
        <>
          <p className={styles.label}>{t.lacks}</p>
          <ul className={styles.lacks} aria-label={t.lacksLabel(item.title)}>
            {lacks.map((lack) => (
              <li key={lack.code}>
                <strong>{lack.name}</strong> <span>{t.issuer(lack.issuer)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
