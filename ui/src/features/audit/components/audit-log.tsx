import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { LoadFailed } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { formatDateTime } from '@/utils/format-date';
import { AUDIT_PAGE_SIZE, useAuditEvents, type AuditEvent } from '../api/audit-events';
import styles from './audit-log.module.css';

const t = messages.accounts.audit;
const none = messages.formControls.none;

type KnownAction = keyof typeof t.actions;
const ACTIONS = Object.keys(t.actions) as KnownAction[];

function actionLabel(action: string): string {
  return action in t.actions ? t.actions[action as KnownAction] : action;
}

function actor(event: AuditEvent): string {
  return event.actorEmail ?? event.actorUserId ?? t.anonymous;
}

/**
 * The audit log, filterable by action and paginated. Filter and page live in the address (`?accion=…&pagina=2`),
 * so a view can be reloaded or shared with another administrator.
 */
export function AuditLog() {
  const [params, setParams] = useSearchParams();
  const action = params.get('accion') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  const events = useAuditEvents(action, page - 1);

  function goTo(next: number) {
    const out = new URLSearchParams(params);
    out.set('pagina', String(next));
    setParams(out);
  }

  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const items = events.data?.items ?? [];
  const first = (page - 1) * AUDIT_PAGE_SIZE + 1;

  return (
    <>
      {/* Keyed by the address's action, so Back and Forward also reset the choice shown. */}
      <ActionFilter key={action} action={action} onFilter={(a) => setParams(a ? { accion: a } : {})} />

      {events.isPending ? (
        <p role="status">{t.loading}</p>
      ) : events.isError ? (
        <LoadFailed title={t.error} error={events.error} onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <p role="status">{t.empty}</p>
      ) : (
        <>
          <TableScroll label={t.tableLabel} stackOnPhones>
            <table role="table" aria-busy={events.isPlaceholderData || undefined}>
              <caption>{t.caption(first, first + items.length - 1, total)}</caption>
              <thead>
                <tr role="row">
                  <th scope="col" role="columnheader">
                    {t.occurredAt}
                  </th>
                  <th scope="col" role="columnheader">
                    {t.action}
                  </th>
                  <th scope="col" role="columnheader">
                    {t.actor}
                  </th>
                  <th scope="col" role="columnheader">
                    {t.target}
                  </th>
                  <th scope="col" role="columnheader">
                    {t.ipAddress}
                  </th>
                  <th scope="col" role="columnheader">
                    {t.details}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((event, index) => (
                  <tr key={event.id ?? `${event.occurredAt}-${index}`} role="row">
                    <td role="cell" data-label={t.occurredAt} className={styles.nowrap}>
                      {formatDateTime(event.occurredAt)}
                    </td>
                    <td role="cell" data-label={t.action}>
                      {actionLabel(event.action)}
                    </td>
                    <td role="cell" data-label={t.actor} className={styles.wrap}>
                      {actor(event)}
                    </td>
                    <td role="cell" data-label={t.target} className={styles.wrap}>
                      {event.target ?? none}
                    </td>
                    <td role="cell" data-label={t.ipAddress}>
                      {event.ipAddress ?? none}
                    </td>
                    <td role="cell" data-label={t.details} className={styles.wrap}>
                      {event.details ?? none}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <nav className={styles.pagination} aria-label={t.paginationLabel}>
            <button
              type="button"
              className="button button-secondary"
              disabled={page <= 1 || events.isFetching}
              onClick={() => goTo(page - 1)}
            >
              {t.previous}
            </button>
            <p className={styles.pageOf} aria-live="polite">
              {t.pageOf(page, pages)}
            </p>
            <button
              type="button"
              className="button button-secondary"
              disabled={page >= pages || events.isFetching}
              onClick={() => goTo(page + 1)}
            >
              {t.next}
            </button>
          </nav>
        </>
      )}
    </>
  );
}

/** The action to show; applied with its button, so moving through the options does not reload the table. */
function ActionFilter({ action, onFilter }: { action: string; onFilter: (action: string) => void }) {
  const [chosen, setChosen] = useState(action);

  function submit(event: FormEvent) {
    event.preventDefault();
    onFilter(chosen);
  }

  return (
    <form className={styles.filter} onSubmit={submit}>
      <SelectField
        label={t.filterLabel}
        options={[{ value: '', label: t.allActions }, ...ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))]}
        value={chosen}
        onChange={setChosen}
      />
      <button type="submit" className="button">
        {t.filter}
      </button>
    </form>
  );
}
