import { useState, type ReactNode } from 'react';
import { messages } from '@/i18n/es-CO';
import type { FoundSupplier } from '../api/search-suppliers';
import type { Labels } from '../api/reference';
import { plainText } from '../utils/highlight';
import { formatKm } from '../utils/format';
import { HighlightedText } from './highlighted-text';
import styles from './search.module.css';

const t = messages.supplierSearch.results;
const sizes = messages.supplierSearch.facets.sizes;

/** Renders the dialog that invites a supplier into a rueda (given by the page, for organizers only). */
export type SupplierInviteRenderer = (supplier: { nit: string; name: string }, close: () => void) => ReactNode;

type SupplierResultsProps = {
  items: FoundSupplier[];
  labels: { department: Labels; chain: Labels; certification: Labels; municipality: Labels };
  busy: boolean;
  renderInvite?: SupplierInviteRenderer;
};

/** The page of suppliers found, each with where it is, why it matched (highlights), its chains and certificates. */
export function SupplierResults({ items, labels, busy, renderInvite }: SupplierResultsProps) {
  const [inviting, setInviting] = useState<FoundSupplier | null>(null);
  return (
    <>
      <ol className={styles.results} aria-label={t.listLabel} aria-busy={busy || undefined}>
        {items.map((supplier) => (
          <li key={supplier.id} className={styles.card}>
            <SupplierCard supplier={supplier} labels={labels} />
            {renderInvite ? (
              <button type="button" className="button button-secondary" onClick={() => setInviting(supplier)}
                aria-label={messages.ruedas.invite.title(supplier.name)}>
                {messages.ruedas.invite.action}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {inviting && renderInvite ? renderInvite({ nit: inviting.nit, name: inviting.name }, () => setInviting(null)) : null}
    </>
  );
}

function SupplierCard({ supplier, labels }: { supplier: FoundSupplier; labels: SupplierResultsProps['labels'] }) {
  const highlights = supplier.highlights ?? {};
  const nameFragment = highlights.name?.find((f) => plainText(f) === supplier.name);
  const snippets = Object.entries(highlights)
    .filter(([field]) => field !== 'name')
    .flatMap(([field, fragments]) => fragments.slice(0, 2).map((fragment) => ({ field, fragment })))
    .slice(0, 3);
  const size = supplier.size in sizes ? sizes[supplier.size as keyof typeof sizes] : supplier.size;

  return (
    <article aria-labelledby={`supplier-${supplier.id}`}>
      <h3 id={`supplier-${supplier.id}`} className={styles.cardTitle}>
        {nameFragment ? <HighlightedText fragment={nameFragment} /> : supplier.name}
      </h3>
      <p className={styles.meta}>
        <span>{t.nit(supplier.nit)}</span>
        <span>{t.place(labels.municipality(supplier.municipality), labels.department(supplier.department))}</span>
        {supplier.distanceKm !== null && supplier.distanceKm !== undefined ? (
          <span className={styles.distance}>{t.distance(formatKm(supplier.distanceKm))}</span>
        ) : null}
        <span>{t.size(size)}</span>
      </p>
      {snippets.length > 0 ? (
        <ul className={styles.snippets} aria-label={t.matchedIn}>
          {snippets.map(({ field, fragment }, index) => (
            <li key={`${field}-${index}`}>
              <span className={styles.snippetField}>{t.fields[field as keyof typeof t.fields] ?? t.fields.other}</span>{' '}
              <HighlightedText fragment={fragment} />
            </li>
          ))}
        </ul>
      ) : null}
      <Chips label={t.chains} codes={supplier.chains} labelOf={labels.chain} />
      <Chips label={t.certifications} codes={supplier.certifications} labelOf={labels.certification} tone="cert" />
    </article>
  );
}

type ChipsProps = { label: string; codes: string[]; labelOf: Labels; tone?: 'cert' };

export function Chips({ label, codes, labelOf, tone }: ChipsProps) {
  if (codes.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={label}>
      {codes.map((code) => (
        <li key={code} className={tone === 'cert' ? `${styles.chip} ${styles.chipCert}` : styles.chip} title={code}>
          {labelOf(code)}
        </li>
      ))}
    </ul>
  );
}
