import { useId, useMemo, useState, type FormEvent } from 'react';
import { messages } from '@/i18n/es-CO';
import { useMunicipalities } from '../api/reference';
import styles from './search.module.css';

const t = messages.supplierSearch.near;

export const RADII = [10, 25, 50, 100, 200, 500] as const;

type NearFilterProps = {
  near: string | null;
  radiusKm: number | null;
  departments: ReadonlyArray<{ code: string; displayName: string }>;
  onApply: (near: string | null, radiusKm: number | null) => void;
};

/**
 * "Cerca de": a municipality (chosen by department first, so the list stays short on a phone) and an optional
 * radius. Distances are then shown on each result and the order "distancia" becomes available. Applied with
 * its button, so choosing the department does not search yet.
 */
export function NearFilter({ near, radiusKm, departments, onApply }: NearFilterProps) {
  const id = useId();
  const [department, setDepartment] = useState(near?.slice(0, 2) ?? '');
  const [municipality, setMunicipality] = useState(near ?? '');
  const [radius, setRadius] = useState(radiusKm ? String(radiusKm) : '');
  const municipalities = useMunicipalities(department !== '' || near !== null);
  const options = useMemo(
    () =>
      (municipalities.data?.items ?? [])
        .filter((m) => m.departmentCode === department)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, messages.locale)),
    [municipalities.data, department],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(municipality || null, municipality && radius ? Number(radius) : null);
  }

  return (
    <form className={styles.facet} onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className={styles.facetLegend}>
        {t.legend}
      </p>
      <div className={styles.inlineField}>
        <label htmlFor={`${id}-department`}>{t.department}</label>
        <select
          id={`${id}-department`}
          className={styles.control}
          value={department}
          onChange={(event) => {
            setDepartment(event.target.value);
            setMunicipality('');
          }}
        >
          <option value="">{t.chooseDepartment}</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.inlineField}>
        <label htmlFor={`${id}-municipality`}>{t.municipality}</label>
        <select
          id={`${id}-municipality`}
          className={styles.control}
          value={municipality}
          disabled={department === '' || municipalities.isPending}
          onChange={(event) => setMunicipality(event.target.value)}
        >
          <option value="">{municipalities.isPending && department ? t.loadingMunicipalities : t.chooseMunicipality}</option>
          {options.map((m) => (
            <option key={m.code} value={m.code}>
              {m.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.inlineField}>
        <label htmlFor={`${id}-radius`}>{t.radius}</label>
        <select
          id={`${id}-radius`}
          className={styles.control}
          value={radius}
          onChange={(event) => setRadius(event.target.value)}
        >
          <option value="">{t.anyRadius}</option>
          {RADII.map((km) => (
            <option key={km} value={km}>
              {t.radiusOption(km)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="button button-secondary">
          {t.apply}
        </button>
        {near ? (
          <button type="button" className="link-button" onClick={() => onApply(null, null)}>
            {t.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
