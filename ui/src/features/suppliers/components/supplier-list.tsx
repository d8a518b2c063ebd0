import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { CheckboxField } from '@/components/form/checkbox-field';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert } from '@/components/form/form-messages';
import formStyles from '@/components/form/form.module.css';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { useCertifications, useDepartments, useValueChains } from '@/lib/reference-data';
import { useSupplierList } from '../api/suppliers';
import { CertificationStatusBadge } from './certification-status';
import styles from './supplier-list.module.css';

const t = messages.supplierList;
const PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'department', 'chain', 'companySize', 'certification', 'sort'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The organizers' list of suppliers with filters (department, value chain, size, valid certification,
 * inclusion), sort and pages. Filters live in the address, so a view can be reloaded or shared.
 */
export function SupplierList() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  const inclusion = params.getAll('inclusion');
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<FilterKey, string>;
  const list = useSupplierList({ ...filters, inclusion, page: page - 1, size: PAGE_SIZE });

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const items = list.data?.items ?? [];
  const first = (page - 1) * PAGE_SIZE + 1;

  function goTo(next: number) {
    const out = new URLSearchParams(params);
    out.set('pagina', String(next));
    setParams(out);
  }

  return (
    <>
      <Filters key={params.toString()} initial={filters} initialInclusion={inclusion} onApply={setParams} />
      {list.isPending ? (
        <p role="status">{t.loading}</p>
      ) : list.isError ? (
        <FormAlert>
          <p>{t.error}</p>
          <p>{errorText(list.error)}</p>
        </FormAlert>
      ) : items.length === 0 ? (
        <p role="status">{t.empty}</p>
      ) : (
        <>
          <TableScroll label={t.tableLabel} stackOnPhones>
            <table role="table" aria-busy={list.isPlaceholderData || undefined}>
              <caption>{t.caption(first, first + items.length - 1, total)}</caption>
              <thead>
                <tr role="row">
                  {Object.values(t.columns).map((column) => (
                    <th key={column} scope="col" role="columnheader">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.id} role="row">
                    <th scope="row" role="rowheader" data-label={t.columns.name}>
                      {s.legalName}
                    </th>
                    <td role="cell" data-label={t.columns.nit}>
                      {s.nit}
                    </td>
                    <td role="cell" data-label={t.columns.place}>
                      {messages.supplierProfile.place(s.place.municipalityName, s.place.departmentName)}
                    </td>
                    <td role="cell" data-label={t.columns.size}>
                      {messages.supplierProfile.sizes[s.size] ?? s.size}
                    </td>
                    <td role="cell" data-label={t.columns.chains}>
                      {s.valueChains.map((c) => c.chainName).join(', ')}
                    </td>
                    <td role="cell" data-label={t.columns.certifications}>
                      <ul className={styles.certs}>
                        {s.certifications.map((c) => (
                          <li key={c.code}>
                            {c.code} <CertificationStatusBadge status={c.status} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td role="cell" data-label={t.columns.completeness}>
                      {messages.supplierProfile.completeness.percent(s.completeness)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <nav className={styles.pagination} aria-label={t.paginationLabel}>
            <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
              {t.previous}
            </button>
            <span>{t.page(page, pages)}</span>
            <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
              {t.next}
            </button>
          </nav>
        </>
      )}
    </>
  );
}

function Filters({ initial, initialInclusion, onApply }: {
  initial: Record<FilterKey, string>;
  initialInclusion: string[];
  onApply: (params: URLSearchParams) => void;
}) {
  const [values, setValues] = useState(initial);
  const [inclusion, setInclusion] = useState(initialInclusion);
  const departments = useDepartments();
  const chains = useValueChains();
  const certifications = useCertifications();
  const set = (key: FilterKey) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const out = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      if (values[key]) out.set(key, values[key]);
    }
    inclusion.forEach((flag) => out.append('inclusion', flag));
    onApply(out);
  }

  return (
    <form onSubmit={submit} className={styles.filters} aria-label={t.filtersLabel}>
      <TextField label={t.text} value={values.q} onChange={set('q')} type="search" />
      <SelectField label={t.department} value={values.department} onChange={set('department')} placeholder={t.any}
        options={(departments.data ?? []).map((d) => ({ value: d.code, label: d.displayName }))} />
      <SelectField label={t.chain} value={values.chain} onChange={set('chain')} placeholder={t.any}
        options={(chains.data ?? []).map((c) => ({ value: c.code, label: c.name }))} />
      <SelectField label={t.size} value={values.companySize} onChange={set('companySize')} placeholder={t.any}
        options={Object.entries(messages.supplierProfile.sizes).map(([value, label]) => ({ value, label }))} />
      <SelectField label={t.certification} value={values.certification} onChange={set('certification')}
        placeholder={t.any} options={(certifications.data ?? []).map((c) => ({ value: c.code, label: c.name }))} />
      <SelectField label={t.sort} value={values.sort} onChange={set('sort')}
        options={Object.entries(t.sorts).map(([value, label]) => ({ value, label }))} />
      <fieldset className={formStyles.fieldset}>
        <legend className={formStyles.legend}>{t.inclusion}</legend>
        <div className={styles.flags}>
          {Object.entries(t.inclusionFlags).map(([flag, label]) => (
            <CheckboxField key={flag} label={label} checked={inclusion.includes(flag)}
              onChange={(checked) => setInclusion((current) => (checked ? [...current, flag] : current.filter((f) => f !== flag)))} />
          ))}
        </div>
      </fieldset>
      <FormActions>
        <button type="submit" className="button">
          {t.apply}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onApply(new URLSearchParams())}>
          {t.clear}
        </button>
      </FormActions>
    </form>
  );
}
