import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { messages } from '@/i18n/es-CO';
import { useMunicipalities, useReferenceLabels, type Labels } from '../api/reference';
import {
  useDepartmentCountsWithoutDepartmentFilter,
  useSupplierSearch,
  type Bucket,
} from '../api/search-suppliers';
import {
  activeFilterCount,
  emptyQuery,
  parseSupplierQuery,
  SUPPLIER_PAGE_SIZE,
  toggled,
  toSearchParams,
  withChange,
  type ListFacet,
  type Sort,
  type SupplierQuery,
} from '../utils/supplier-query';
import { ActiveFilters } from './active-filters';
import { DepartmentMap } from '@/components/map/department-map';
import { FacetPanel } from './facet-panel';
import { Pagination } from './pagination';
import { SearchBox } from './search-box';
import { SupplierResults, type SupplierInviteRenderer } from './supplier-results';
import styles from './search.module.css';

const t = messages.supplierSearch;

/**
 * Supplier search: text with autocomplete, filters, results with highlights, and a map of counts by department.
 * Everything the person chose lives in the address, so a search can be bookmarked or shared and Back undoes the
 * last change. When the search service is down the page stays usable and says why (the server's detail).
 */
export function SupplierSearch({ renderInvite }: { renderInvite?: SupplierInviteRenderer } = {}) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseSupplierQuery(params), [params]);
  const results = useSupplierSearch(query);
  const departmentCounts = useDepartmentCountsWithoutDepartmentFilter(query);
  const reference = useReferenceLabels();
  const municipalities = useMunicipalities();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();

  const municipalityLabel: Labels = useMemo(() => {
    const names = new Map(municipalities.data?.items.map((m) => [m.code, m.displayName]));
    return (code) => names.get(code) ?? code;
  }, [municipalities.data]);
  const sizeLabel: Labels = (code) => (code in t.facets.sizes ? t.facets.sizes[code as keyof typeof t.facets.sizes] : code);
  const labels = {
    department: reference.department,
    chain: reference.chain,
    link: reference.link,
    size: sizeLabel,
    certification: reference.certification,
    municipality: municipalityLabel,
  };

  function go(next: SupplierQuery) {
    setParams(toSearchParams(next));
  }
  const change = (c: Partial<SupplierQuery>) => go(withChange(query, c));

  const data = results.data;
  const facets = data?.facets ?? {};
  const departmentBuckets: Bucket[] | undefined =
    query.lists.department.length > 0 ? (departmentCounts.data ?? facets.department) : facets.department;
  const buckets: Partial<Record<ListFacet, Bucket[]>> = {
    department: departmentBuckets,
    chain: facets.chain,
    link: facets.link,
    size: facets.size,
    certification: facets.certification,
  };
  const counts = useMemo(() => new Map((departmentBuckets ?? []).map((b) => [b.key, b.count])), [departmentBuckets]);
  const filters = activeFilterCount(query);
  const busy = results.isFetching;

  return (
    <div className={styles.layout}>
      <div className={styles.searchArea}>
        {/* Keyed by the address's text, so Back and Forward also change what the box shows. */}
        <SearchBox key={query.q} initialValue={query.q} onSearch={(q) => change({ q })} />
        <ActiveFilters query={query} labels={labels} onChange={change} onClear={() => go({ ...emptyQuery, q: query.q })} />
      </div>

      <aside className={styles.filtersArea} aria-label={t.filters}>
        <h2 className={styles.filtersHeading}>
          <button
            type="button"
            className={styles.filtersToggle}
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {filters > 0 ? t.filtersWithCount(filters) : t.filters}
          </button>
          <span className={styles.filtersTitle}>{t.filters}</span>
        </h2>
        <div id={panelId} className={filtersOpen ? styles.filtersPanel : `${styles.filtersPanel} ${styles.closed}`}>
          <FacetPanel
            query={query}
            buckets={buckets}
            labels={labels}
            departments={reference.departments}
            onChange={change}
          />
        </div>
      </aside>

      <section className={styles.resultsArea} aria-labelledby={`${panelId}-results`}>
        <h2 id={`${panelId}-results`} className="visually-hidden">
          {t.results.heading}
        </h2>
        <div className={styles.resultsBar}>
          <p role="status" className={styles.count}>
            {results.isPending && !data ? t.results.loading : data ? t.results.count(data.total) : ''}
          </p>
          <SortSelect
            sort={query.sort}
            canSortByDistance={query.near !== null}
            onSort={(sort) => go({ ...query, sort, page: 1 })}
          />
        </div>

        {results.isError ? (
          <FormAlert>
            <p className={styles.alertTitle}>{t.results.error}</p>
            <p>{errorText(results.error)}</p>
            <button type="button" className="button" onClick={() => void results.refetch()}>
              {messages.formControls.retry}
            </button>
          </FormAlert>
        ) : data && data.items.length === 0 ? (
          <p className={styles.empty}>{t.results.empty}</p>
        ) : data ? (
          <>
            <SupplierResults items={data.items} labels={labels} busy={busy} renderInvite={renderInvite} />
            <Pagination
              page={query.page}
              total={data.total}
              pageSize={SUPPLIER_PAGE_SIZE}
              label={t.pagination.label}
              busy={busy}
              onPage={(page) => go({ ...query, page })}
            />
          </>
        ) : null}
      </section>

      <div className={styles.mapArea}>
        <DepartmentMap
          counts={counts}
          selected={query.lists.department}
          nameOf={reference.department}
          onToggle={(code) => change({ lists: { ...query.lists, department: toggled(query.lists.department, code) } })}
        />
      </div>
    </div>
  );
}

function SortSelect({
  sort,
  canSortByDistance,
  onSort,
}: {
  sort: Sort;
  canSortByDistance: boolean;
  onSort: (sort: Sort) => void;
}) {
  const id = useId();
  return (
    <div className={styles.sort}>
      <label htmlFor={id}>{t.sort.label}</label>
      <select
        id={id}
        className={styles.control}
        value={sort}
        onChange={(event) => onSort(event.target.value as Sort)}
        aria-describedby={canSortByDistance ? undefined : `${id}-hint`}
      >
        <option value="relevance">{t.sort.relevance}</option>
        <option value="distance" disabled={!canSortByDistance}>
          {t.sort.distance}
        </option>
        <option value="name">{t.sort.name}</option>
      </select>
      {canSortByDistance ? null : (
        <p id={`${id}-hint`} className="visually-hidden">
          {t.sort.distanceNeedsNear}
        </p>
      )}
    </div>
  );
}
