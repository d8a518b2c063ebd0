import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { formatDate } from '@/utils/format-date';
import { useRequirementList } from '../api/requirements';
import styles from './requirements.module.css';

const t = messages.requirements;
const PAGE_SIZE = 20;

type RequirementListProps = {
  /** Where a row links to: the requirement's page. */
  linkTo: (id: string) => string;
  /** Whether the caller may filter by state (a mipyme only ever sees open requirements). */
  canFilterStatus: boolean;
};

/** The requirements the caller may see, newest first, with a text search and (for anchors and organizers) the state. */
export function RequirementList({ linkTo, canFilterStatus }: RequirementListProps) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  const status = params.get('estado') ?? '';
  const q = params.get('q') ?? '';
  const list = useRequirementList({ status, q, page: page - 1, size: PAGE_SIZE });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const items = list.data?.items ?? [];

  function goTo(next: number) {
    const out = new URLSearchParams(params);
    out.set('pagina', String(next));
    setParams(out);
  }

  return (
    <>
      <Toolbar key={params.toString()} status={status} q={q} canFilterStatus={canFilterStatus}
        onApply={(next) => setParams(next)} />
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
              <thead>
                <tr role="row">
                  {Object.values(t.columns).map((c) => (
                    <th key={c} scope="col" role="columnheader">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id} role="row">
                    <th scope="row" role="rowheader" data-label={t.columns.title}>
                      <Link to={linkTo(r.id)}>{r.title}</Link> <small>{r.externalId}</small>
                    </th>
                    <td role="cell" data-label={t.columns.anchor}>
                      {r.anchorName}
                    </td>
                    <td role="cell" data-label={t.columns.status}>
                      <span className={`${styles.status} ${styles[`status${r.status}`] ?? ''}`}>{t.status[r.status] ?? r.status}</span>
                    </td>
                    <td role="cell" data-label={t.columns.neededBy}>
                      {r.neededBy ? formatDate(`${r.neededBy}T12:00:00-05:00`) : messages.formControls.none}
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

function Toolbar({ status, q, canFilterStatus, onApply }: {
  status: string;
  q: string;
  canFilterStatus: boolean;
  onApply: (params: URLSearchParams) => void;
}) {
  const [text, setText] = useState(q);
  const [state, setState] = useState(status);
  function submit(event: FormEvent) {
    event.preventDefault();
    const out = new URLSearchParams();
    if (text.trim()) out.set('q', text.trim());
    if (state) out.set('estado', state);
    onApply(out);
  }
  return (
    <form onSubmit={submit} className={styles.toolbar}>
      <TextField type="search" label={t.text} value={text} onChange={setText} />
      {canFilterStatus ? (
        <SelectField label={t.statusFilter} value={state} onChange={setState} placeholder={t.any}
          options={Object.entries(t.status).map(([value, label]) => ({ value, label }))} />
      ) : null}
      <button type="submit" className="button">
        {t.apply}
      </button>
    </form>
  );
}
