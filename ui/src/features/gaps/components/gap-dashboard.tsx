import { useCallback, useId, useMemo, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DepartmentMap } from '@/components/map/department-map';
import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { formatInteger } from '@/utils/format';
import { ranked, useChainOptions, useDepartmentOptions, useGaps, type DepartmentCount, type GapCount } from '../api/gaps';
import styles from './gap-dashboard.module.css';

const t = messages.gaps;

/** The address keeps the filters (`?cadena=…&departamento=…`) so a view can be shared and Back undoes a change. */
export function GapDashboard() {
  const [params, setParams] = useSearchParams();
  const chain = params.get('cadena') ?? '';
  const department = params.get('departamento') ?? '';
  const gaps = useGaps({ chain, department });
  const chains = useChainOptions();
  const departments = useDepartmentOptions();

  const setFilter = useCallback(
    (key: string, value: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [setParams],
  );

  const report = gaps.data;
  const departmentNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const d of departments.data ?? []) names.set(d.code, d.displayName);
    for (const d of report?.byDepartment ?? []) if (!names.has(d.department)) names.set(d.department, d.name);
    return names;
  }, [departments.data, report]);
  const nameOf = useCallback((code: string) => departmentNames.get(code) ?? code, [departmentNames]);
  const blockedByDepartment = useMemo(
    () => new Map((report?.byDepartment ?? []).map((d) => [d.department, d.blockedPairs])),
    [report],
  );

  return (
    <div className={styles.dashboard}>
      <form className={styles.filters} aria-label={t.filtersLabel} onSubmit={(event) => event.preventDefault()}>
        <label className={styles.field}>
          <span>{t.chain}</span>
          <select value={chain} onChange={(e: ChangeEvent<HTMLSelectElement>) => setFilter('cadena', e.target.value)}>
            <option value="">{t.anyChain}</option>
            {(chains.data ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{t.department}</span>
          <select
            value={department}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => setFilter('departamento', e.target.value)}
          >
            <option value="">{t.anyDepartment}</option>
            {(departments.data ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.displayName}
              </option>
            ))}
          </select>
        </label>
      </form>

      {gaps.isPending ? (
        <p role="status">{t.loading}</p>
      ) : gaps.isError ? (
        <p role="alert">{t.error}</p>
      ) : (
        <div aria-busy={gaps.isFetching}>
          <dl className={styles.figures} aria-label={t.figuresLabel}>
            <Figure label={t.requirements} value={report!.requirements} />
            <Figure label={t.suppliers} value={report!.suppliers} />
            <Figure label={t.relevantPairs} value={report!.relevantPairs} />
            <Figure label={t.eligiblePairs} value={report!.eligiblePairs} />
            <Figure label={t.blockedPairs} value={report!.blockedPairs} />
          </dl>
          {report!.truncated ? <p className={styles.note}>{t.truncated}</p> : null}

          <GapTable heading={t.certificationsHeading} lead={t.certificationsLead} nameHeader={t.certification} items={report!.certifications} />
          <GapTable heading={t.territoriesHeading} lead={t.territoriesLead} nameHeader={t.territory} items={report!.territories} />

          <DepartmentMap
            counts={blockedByDepartment}
            selected={department ? [department] : []}
            nameOf={nameOf}
            onToggle={(code) => setFilter('departamento', code === department ? '' : code)}
            labels={t.map}
          />
          <DepartmentTable rows={report!.byDepartment} />
        </div>
      )}
    </div>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className={styles.figure}>
      <dt>{label}</dt>
      <dd>{formatInteger(value)}</dd>
    </div>
  );
}

type GapTableProps = { heading: string; lead: string; nameHeader: string; items: readonly GapCount[] };

/** Ranked by blocked pairs; the bars are CSS widths beside the numbers, which stay as text. */
function GapTable({ heading, lead, nameHeader, items }: GapTableProps) {
  const id = useId();
  const rows = ranked(items);
  const max = Math.max(1, ...rows.map((r) => r.pairsBlocked));
  const maxUnlocked = Math.max(1, ...rows.map((r) => r.suppliersUnlocked));
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p className={styles.note}>{lead}</p>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableScroll label={heading}>
          <table className={styles.table} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t.rank}</th>
                <th scope="col">{nameHeader}</th>
                <th scope="col">{t.pairsBlocked}</th>
                <th scope="col">{t.suppliersUnlocked}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.code}>
                  <td>{formatInteger(index + 1)}</td>
                  <th scope="row">{row.name}</th>
                  <td>
                    <Bar value={row.pairsBlocked} max={max} tone="blocked" />
                  </td>
                  <td>
                    <Bar value={row.suppliersUnlocked} max={maxUnlocked} tone="unlocked" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function Bar({ value, max, tone }: { value: number; max: number; tone: 'blocked' | 'unlocked' }) {
  return (
    <span className={styles.barCell}>
      <span className={styles.number}>{formatInteger(value)}</span>
      <span className={styles.track} aria-hidden="true">
        <span className={`${styles.bar} ${styles[tone]}`} style={{ width: `${(100 * value) / max}%` }} />
      </span>
    </span>
  );
}

/** The map's figures as a visible table, for whoever prefers text (and on a phone, below the map). */
function DepartmentTable({ rows }: { rows: readonly DepartmentCount[] }) {
  const id = useId();
  const sorted = [...rows].sort((a, b) => b.blockedPairs - a.blockedPairs || a.name.localeCompare(b.name, 'es-CO'));
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id}>{t.byDepartmentHeading}</h2>
      {sorted.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableScroll label={t.byDepartmentHeading}>
          <table className={styles.table} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t.department}</th>
                <th scope="col">{t.suppliers}</th>
                <th scope="col">{t.blockedPairs}</th>
                <th scope="col">{t.eligiblePairs}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.department}>
                  <th scope="row">{row.name}</th>
                  <td>{formatInteger(row.suppliers)}</td>
                  <td>{formatInteger(row.blockedPairs)}</td>
                  <td>{formatInteger(row.eligiblePairs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
