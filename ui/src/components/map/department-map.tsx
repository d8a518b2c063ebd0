import { useId, useMemo, type KeyboardEvent } from 'react';
import { messages } from '@/i18n/es-CO';
import { formatInteger } from '@/utils/format';
import { useDepartmentBoundaries } from './department-boundaries';
import { INSET, ISLANDS_CODE, projectDepartments, SHADES, shadeLevel } from './map-projection';
import styles from './department-map.module.css';

/** The texts a map shows; by default the supplier search's ("Antioquia: 120 proveedores"). */
export type DepartmentMapLabels = {
  heading: string;
  hint: string;
  departmentTitle: (name: string, count: number) => string;
  tableCaption: string;
  /** Header of the table's count column. */
  suppliers: string;
};

type DepartmentMapProps = {
  /** Suppliers per department code (departments missing have none). */
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  /** Spanish name of a department code. */
  nameOf: (code: string) => string;
  onToggle: (code: string) => void;
  /** Texts for another use of the map (for example blocked pairs); the rest stays the same. */
  labels?: DepartmentMapLabels;
};

/**
 * Colombia's departments as inline SVG, shaded by how many suppliers each has. Each department is a toggle
 * button (click, Enter or Space) named by its <title> ("Antioquia: 120 proveedores"); a visually hidden table
 * gives the same counts to whoever does not see the map. The boundaries are fetched once per tab.
 */
export function DepartmentMap({ counts, selected, nameOf, onToggle, labels }: DepartmentMapProps) {
  const t = { ...messages.supplierSearch.map, ...labels };
  const id = useId();
  const boundaries = useDepartmentBoundaries();
  const projected = useMemo(() => (boundaries.data ? projectDepartments(boundaries.data) : null), [boundaries.data]);
  const max = Math.max(0, ...counts.values());
  const countOf = (code: string) => counts.get(code) ?? 0;

  const rows = useMemo(
    () =>
      (projected?.departments.map((d) => d.code) ?? [...counts.keys()])
        .map((code) => ({ code, name: nameOf(code), count: counts.get(code) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, messages.locale)),
    [projected, counts, nameOf],
  );

  function onKeyDown(event: KeyboardEvent<SVGPathElement>, code: string) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(code);
    }
  }

  return (
    <section className={styles.map} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        {t.heading}
      </h2>
      <p id={`${id}-hint`} className={styles.hint}>
        {t.hint}
      </p>
      {boundaries.isPending ? (
        <p role="status" className={styles.placeholder}>
          {t.loading}
        </p>
      ) : boundaries.isError || !projected ? (
        <p className={styles.placeholder}>{t.error}</p>
      ) : (
        <svg
          className={styles.svg}
          viewBox={`0 0 ${projected.width} ${projected.height}`}
          role="group"
          aria-labelledby={`${id}-heading`}
          aria-describedby={`${id}-hint`}
        >
          {/* The islands' box: a pointer anywhere in it toggles them (the path itself is the accessible button). */}
          <rect
            className={styles.inset}
            x={INSET.x - 2}
            y={INSET.y - 2}
            width={INSET.width + 4}
            height={INSET.height + 4}
            rx={4}
            aria-hidden="true"
            onClick={() => onToggle(ISLANDS_CODE)}
          />
          {projected.departments.map(({ code, d, inset }) => {
            const count = countOf(code);
            const isSelected = selected.includes(code);
            // The <title> is the tooltip and the SVG way of naming a shape; aria-label repeats it because not
            // every browser and screen reader pair reads an SVG title as the name of a focusable shape.
            const name = t.departmentTitle(nameOf(code), count);
            return (
              <path
                key={code}
                d={d}
                data-department={code}
                fill={SHADES[shadeLevel(count, max)]}
                className={[styles.department, inset ? styles.islands : '', isSelected ? styles.selected : ''].join(' ')}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={name}
                onClick={() => onToggle(code)}
                onKeyDown={(event) => onKeyDown(event, code)}
              >
                <title>{name}</title>
              </path>
            );
          })}
        </svg>
      )}
      <Legend max={max} />
      {/* Hidden through a wrapper: a table ignores the width and overflow that hide other elements. */}
      <div className="visually-hidden">
        <table>
          <caption>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.department}</th>
              <th scope="col">{t.suppliers}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{selected.includes(row.code) ? t.selectedName(row.name) : row.name}</th>
                <td>{formatInteger(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The shades and the counts each stands for; decorative for screen readers, which have the table. */
function Legend({ max }: { max: number }) {
  const t = messages.supplierSearch.map;
  const steps = [1, 2, 3, 4, 5].map((level) => ({
    level,
    from: Math.floor((max * (level - 1)) / 5) + 1,
    to: Math.floor((max * level) / 5),
  }));
  return (
    <ul className={styles.legend} aria-hidden="true">
      <li>
        <span className={styles.swatch} style={{ background: SHADES[0] }} />
        {t.legendNone}
      </li>
      {steps
        .filter((step) => step.to >= step.from)
        .map((step) => (
          <li key={step.level}>
            <span className={styles.swatch} style={{ background: SHADES[step.level] }} />
            {step.from === step.to ? formatInteger(step.to) : t.legendRange(step.from, step.to)}
          </li>
        ))}
    </ul>
  );
}
