import { useId, useState, type ReactNode } from 'react';
import { messages } from '@/i18n/es-CO';
import { formatInteger } from '@/utils/format';
import type { Bucket } from '../api/search-suppliers';
import type { Labels } from '../api/reference';
import {
  SIZES,
  toggled,
  type Flag,
  type ListFacet,
  type SupplierQuery,
} from '../utils/supplier-query';
import { NearFilter } from './near-filter';
import styles from './search.module.css';

const t = messages.supplierSearch.facets;

/** Lists longer than this show their first options and a button for the rest. */
const SHORT_LIST = 8;

type FacetPanelProps = {
  query: SupplierQuery;
  /** Counts per facet from the last answer (absent while the first search runs or when it failed). */
  buckets: Partial<Record<ListFacet, Bucket[]>>;
  labels: Record<ListFacet, Labels>;
  departments: ReadonlyArray<{ code: string; displayName: string }>;
  onChange: (change: Partial<SupplierQuery>) => void;
};

const INCLUSION: Flag[] = ['womenLed', 'ethnic', 'victims', 'youthLed', 'popularEconomy'];
const TERRITORY: Flag[] = ['pdet', 'zomac'];

/** The filters: territory, value chain, link, size, certifications, inclusion; each change is a new search. */
export function FacetPanel({ query, buckets, labels, departments, onChange }: FacetPanelProps) {
  function toggle(facet: ListFacet, code: string) {
    onChange({ lists: { ...query.lists, [facet]: toggled(query.lists[facet], code) } });
  }
  function flag(name: Flag, on: boolean) {
    onChange({ flags: { ...query.flags, [name]: on } });
  }
  const sizeLabel: Labels = (code) => (code in t.sizes ? t.sizes[code as keyof typeof t.sizes] : code);

  return (
    <div className={styles.facets}>
      <NearFilter
        key={`${query.near ?? ''}-${query.radiusKm ?? ''}`}
        near={query.near}
        radiusKm={query.radiusKm}
        departments={departments}
        onApply={(near, radiusKm) => onChange({ near, radiusKm })}
      />
      <FacetList
        legend={t.department}
        facet="department"
        query={query}
        buckets={buckets.department}
        label={labels.department}
        onToggle={toggle}
      />
      <FacetList legend={t.chain} facet="chain" query={query} buckets={buckets.chain} label={labels.chain} onToggle={toggle} />
      <FacetList legend={t.link} facet="link" query={query} buckets={buckets.link} label={labels.link} onToggle={toggle} />
      <FacetList
        legend={t.size}
        facet="size"
        query={query}
        // Sizes in their natural order, not by count.
        buckets={buckets.size && [...buckets.size].sort((a, b) => sizeRank(a.key) - sizeRank(b.key))}
        label={sizeLabel}
        onToggle={toggle}
      />
      <FacetList
        legend={t.certification}
        facet="certification"
        query={query}
        buckets={buckets.certification}
        label={labels.certification}
        onToggle={toggle}
      >
        <ValidOn value={query.validOn} onChange={(validOn) => onChange({ validOn })} />
      </FacetList>
      <fieldset className={styles.facet}>
        <legend className={styles.facetLegend}>{t.inclusion}</legend>
        {INCLUSION.map((name) => (
          <FlagBox key={name} label={t.flags[name]} checked={query.flags[name]} onChange={(on) => flag(name, on)} />
        ))}
      </fieldset>
      <fieldset className={styles.facet}>
        <legend className={styles.facetLegend}>{t.territory}</legend>
        {TERRITORY.map((name) => (
          <FlagBox key={name} label={t.flags[name]} checked={query.flags[name]} onChange={(on) => flag(name, on)} />
        ))}
        <DeliversTo
          value={query.deliversTo}
          departments={departments}
          onChange={(deliversTo) => onChange({ deliversTo })}
        />
      </fieldset>
    </div>
  );
}

function sizeRank(code: string): number {
  const i = (SIZES as readonly string[]).indexOf(code);
  return i < 0 ? SIZES.length : i;
}

type FacetListProps = {
  legend: string;
  facet: ListFacet;
  query: SupplierQuery;
  buckets: Bucket[] | undefined;
  label: Labels;
  onToggle: (facet: ListFacet, code: string) => void;
  children?: ReactNode;
};

/** Checkboxes for the values the results have, with their counts; chosen values stay even with no count. */
function FacetList({ legend, facet, query, buckets, label, onToggle, children }: FacetListProps) {
  const [showAll, setShowAll] = useState(false);
  const chosen = query.lists[facet];
  const known = buckets ?? [];
  const options = [
    ...known.map((b) => ({ code: b.key, count: b.count as number | null })),
    ...chosen.filter((code) => !known.some((b) => b.key === code)).map((code) => ({ code, count: null })),
  ];
  const visible = showAll ? options : options.filter((o, i) => i < SHORT_LIST || chosen.includes(o.code));
  const hidden = options.length - visible.length;

  if (options.length === 0 && !children) return null;
  return (
    <fieldset className={styles.facet}>
      <legend className={styles.facetLegend}>{legend}</legend>
      {options.length === 0 ? <p className={styles.facetEmpty}>{t.noValues}</p> : null}
      <ul className={styles.facetOptions}>
        {visible.map((option) => (
          <li key={option.code}>
            <FlagBox
              label={option.count === null ? label(option.code) : t.option(label(option.code), formatInteger(option.count))}
              checked={chosen.includes(option.code)}
              onChange={() => onToggle(facet, option.code)}
            />
          </li>
        ))}
      </ul>
      {hidden > 0 || showAll ? (
        <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t.showFewer : t.showAll(options.length)}
        </button>
      ) : null}
      {children}
    </fieldset>
  );
}

function FlagBox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className={styles.check}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A date typed (or picked) here applies when it is complete, not at every keystroke. */
function ValidOn({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const id = useId();
  return (
    <div className={styles.inlineField}>
      <label htmlFor={id}>{t.validOn}</label>
      <input
        id={id}
        type="date"
        className={styles.control}
        defaultValue={value ?? ''}
        key={value ?? ''}
        onBlur={(event) => {
          const next = event.target.value || null;
          if (next !== value) onChange(next);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            const next = event.currentTarget.value || null;
            if (next !== value) onChange(next);
          }
        }}
      />
      <p className={styles.fieldHint}>{t.validOnHint}</p>
    </div>
  );
}

type DeliversToProps = {
  value: string | null;
  departments: ReadonlyArray<{ code: string; displayName: string }>;
  onChange: (value: string | null) => void;
};

function DeliversTo({ value, departments, onChange }: DeliversToProps) {
  const id = useId();
  return (
    <div className={styles.inlineField}>
      <label htmlFor={id}>{t.deliversTo}</label>
      <select
        id={id}
        className={styles.control}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t.anyDepartment}</option>
        {departments.map((d) => (
          <option key={d.code} value={d.code}>
            {d.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}

