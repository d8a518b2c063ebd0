import { useId, useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { shortlistPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useReferenceLabels, type Labels } from '../api/reference';
import {
  REQUIREMENT_PAGE_SIZE,
  useRequirementSearch,
  type FoundRequirement,
  type RequirementQuery,
} from '../api/search-requirements';
import { plainText } from '../utils/highlight';
import { formatCalendarDate } from '../utils/format';
import { HighlightedText } from './highlighted-text';
import { Pagination } from './pagination';
import { Chips } from './supplier-results';
import styles from './search.module.css';

const t = messages.opportunities;

type RequirementSearchProps = {
  /** A mipyme: the search is limited to what it can serve unless it asks for all. */
  isSupplier: boolean;
  /** Organizers and administrators may open each requirement's shortlist. */
  canSeeShortlists: boolean;
};

function parse(params: URLSearchParams, isSupplier: boolean): RequirementQuery {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  const chain = params.get('cadena');
  const department = params.get('departamento');
  return {
    q: (params.get('q') ?? '').trim(),
    chain: chain || null,
    department: department && /^\d{2}$/.test(department) ? department : null,
    // For a mipyme "solo los que me sirven" is on unless the address says otherwise; for others it does not apply.
    fitsProfile: isSupplier ? params.get('todos') !== '1' : null,
    page: Number.isInteger(page) && page >= 1 && page <= 501 ? page : 1,
  };
}

function toParams(query: RequirementQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.chain) out.set('cadena', query.chain);
  if (query.department) out.set('departamento', query.department);
  if (query.fitsProfile === false) out.set('todos', '1');
  if (query.page > 1) out.set('pagina', String(query.page));
  return out;
}

/** Open requirements of anchor companies, searchable; the state lives in the address like the supplier search. */
export function RequirementSearch({ isSupplier, canSeeShortlists }: RequirementSearchProps) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parse(params, isSupplier), [params, isSupplier]);
  const results = useRequirementSearch(query);
  const reference = useReferenceLabels();
  const go = (next: RequirementQuery) => setParams(toParams(next));
  const data = results.data;

  return (
    <div className={styles.opportunities}>
      <RequirementFilters
        key={params.toString()}
        query={query}
        chains={reference.chains}
        departments={reference.departments}
        onSearch={(change) => go({ ...query, ...change, page: 1 })}
      />
      {isSupplier ? (
        <div className={styles.check}>
          <input
            id="solo-los-que-me-sirven"
            type="checkbox"
            checked={query.fitsProfile === true}
            onChange={(event) => go({ ...query, fitsProfile: event.target.checked, page: 1 })}
            aria-describedby="solo-los-que-me-sirven-hint"
          />
          <label htmlFor="solo-los-que-me-sirven">{t.fitsProfile}</label>
        </div>
      ) : null}
      {isSupplier ? (
        <p id="solo-los-que-me-sirven-hint" className={styles.fieldHint}>
          {t.fitsProfileHint}
        </p>
      ) : null}

      <section aria-labelledby="oportunidades-resultados">
        <h2 id="oportunidades-resultados" className="visually-hidden">
          {t.resultsHeading}
        </h2>
        <p role="status" className={styles.count}>
          {results.isPending && !data ? t.loading : data ? t.count(data.total) : ''}
        </p>
        {results.isError ? (
          <FormAlert>
            <p className={styles.alertTitle}>{t.error}</p>
            <p>{errorText(results.error)}</p>
            <button type="button" className="button" onClick={() => void results.refetch()}>
              {messages.formControls.retry}
            </button>
          </FormAlert>
        ) : data && data.items.length === 0 ? (
          <p className={styles.empty}>{query.fitsProfile ? t.emptyFitting : t.empty}</p>
        ) : data ? (
          <>
            <ol className={styles.results} aria-label={t.listLabel} aria-busy={results.isFetching || undefined}>
              {data.items.map((requirement) => (
                <li key={requirement.id} className={styles.card}>
                  <RequirementCard
                    requirement={requirement}
                    labels={reference}
                    canSeeShortlist={canSeeShortlists}
                  />
                </li>
              ))}
            </ol>
            <Pagination
              page={query.page}
              total={data.total}
              pageSize={REQUIREMENT_PAGE_SIZE}
              label={t.paginationLabel}
              busy={results.isFetching}
              onPage={(page) => go({ ...query, page })}
            />
          </>
        ) : null}
      </section>
    </div>
  );
}

type FiltersProps = {
  query: RequirementQuery;
  chains: ReadonlyArray<{ code: string; name: string }>;
  departments: ReadonlyArray<{ code: string; displayName: string }>;
  onSearch: (change: Pick<RequirementQuery, 'q' | 'chain' | 'department'>) => void;
};

/** Text, value chain and department, applied together with "Buscar" (one request on a weak connection). */
function RequirementFilters({ query, chains, departments, onSearch }: FiltersProps) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('q') ?? '').trim();
    const chain = String(form.get('chain') ?? '');
    const department = String(form.get('department') ?? '');
    onSearch({ q: text, chain: chain || null, department: department || null });
  }
  return (
    <form role="search" aria-label={t.formLabel} className={styles.requirementFilters} onSubmit={submit}>
      <div className={styles.inlineField}>
        <label htmlFor={`${id}-q`}>{t.searchLabel}</label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          className={styles.control}
          defaultValue={query.q}
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className={styles.fieldHint}>
          {t.searchHint}
        </p>
      </div>
      <div className={styles.inlineField}>
        <label htmlFor={`${id}-chain`}>{t.chain}</label>
        <select id={`${id}-chain`} name="chain" className={styles.control} defaultValue={query.chain ?? ''}>
          <option value="">{t.anyChain}</option>
          {chains.map((chain) => (
            <option key={chain.code} value={chain.code}>
              {chain.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.inlineField}>
        <label htmlFor={`${id}-department`}>{t.department}</label>
        <select
          id={`${id}-department`}
          name="department"
          className={styles.control}
          defaultValue={query.department ?? ''}
        >
          <option value="">{t.anyDepartment}</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </div>
    </form>
  );
}

type CardProps = {
  requirement: FoundRequirement;
  labels: { department: Labels; chain: Labels; certification: Labels };
  canSeeShortlist: boolean;
};

function RequirementCard({ requirement, labels, canSeeShortlist }: CardProps) {
  const highlights = requirement.highlights ?? {};
  const titleFragment = highlights.title?.find((f) => plainText(f) === requirement.title);
  const description = highlights.description?.[0];
  const titleId = `requerimiento-${requirement.id}`;
  return (
    <article aria-labelledby={titleId}>
      <p className={styles.cardSub}>{requirement.anchorName}</p>
      <h3 id={titleId} className={styles.cardTitle}>
        {titleFragment ? <HighlightedText fragment={titleFragment} /> : requirement.title}
      </h3>
      {description ? (
        <p className={styles.snippets}>
          <HighlightedText fragment={description} />
        </p>
      ) : null}
      <dl className={styles.facts}>
        {requirement.valueChain ? (
          <>
            <dt>{t.valueChain}</dt>
            <dd>{labels.chain(requirement.valueChain)}</dd>
          </>
        ) : null}
        <dt>{t.deliversIn}</dt>
        <dd>
          {requirement.deliveryDepartments.length > 0
            ? requirement.deliveryDepartments.map(labels.department).join(', ')
            : messages.formControls.none}
        </dd>
        <dt>{t.neededBy}</dt>
        <dd>{requirement.neededBy ? formatCalendarDate(requirement.neededBy) : t.noDate}</dd>
        <dt>{t.requiredCertifications}</dt>
        <dd>
          {requirement.requiredCertifications.length > 0 ? (
            <Chips
              label={t.requiredCertifications}
              codes={requirement.requiredCertifications}
              labelOf={labels.certification}
              tone="cert"
            />
          ) : (
            t.noCertifications
          )}
        </dd>
        <dt>{t.reference}</dt>
        <dd>{requirement.externalId}</dd>
      </dl>
      {canSeeShortlist ? (
        <p className={styles.cardActions}>
          <Link to={shortlistPath(requirement.id)} aria-describedby={titleId}>
            {t.shortlist}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
