import { messages } from '@/i18n/es-CO';
import type { Labels } from '../api/reference';
import { activeFilterCount, FLAGS, LIST_FACETS, type ListFacet, type SupplierQuery } from '../utils/supplier-query';
import { formatCalendarDate } from '../utils/format';
import styles from './search.module.css';

const t = messages.supplierSearch;

type ActiveFiltersProps = {
  query: SupplierQuery;
  labels: Record<ListFacet | 'municipality', Labels>;
  onChange: (change: Partial<SupplierQuery>) => void;
  onClear: () => void;
};

/**
 * The filters in force, each removable with one tap: on a phone the filter panel is folded away, and this is
 * how the person sees (and undoes) what narrows the list.
 */
export function ActiveFilters({ query, labels, onChange, onClear }: ActiveFiltersProps) {
  if (activeFilterCount(query) === 0) return null;
  const chips: { key: string; label: string; remove: () => void }[] = [];
  for (const facet of LIST_FACETS) {
    for (const code of query.lists[facet]) {
      chips.push({
        key: `${facet}-${code}`,
        label: labels[facet](code),
        remove: () => onChange({ lists: { ...query.lists, [facet]: query.lists[facet].filter((c) => c !== code) } }),
      });
    }
  }
  for (const flag of FLAGS) {
    if (query.flags[flag]) {
      chips.push({ key: flag, label: t.facets.flags[flag], remove: () => onChange({ flags: { ...query.flags, [flag]: false } }) });
    }
  }
  if (query.near) {
    const place = labels.municipality(query.near);
    chips.push({
      key: 'near',
      label: query.radiusKm ? t.active.nearWithin(place, query.radiusKm) : t.active.near(place),
      remove: () => onChange({ near: null, radiusKm: null }),
    });
  }
  if (query.validOn) {
    chips.push({ key: 'validOn', label: t.active.validOn(formatCalendarDate(query.validOn)), remove: () => onChange({ validOn: null }) });
  }
  if (query.deliversTo) {
    chips.push({
      key: 'deliversTo',
      label: t.active.deliversTo(labels.department(query.deliversTo)),
      remove: () => onChange({ deliversTo: null }),
    });
  }

  return (
    <div className={styles.active}>
      <p className={styles.activeTitle}>{t.active.title}</p>
      <ul className={styles.activeList}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className={styles.activeChip}
              aria-label={t.active.remove(chip.label)}
              onClick={chip.remove}
            >
              {chip.label}
              <span aria-hidden="true" className={styles.activeX}>
                {t.active.x}
              </span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={onClear}>
            {t.active.clearAll}
          </button>
        </li>
      </ul>
    </div>
  );
}
