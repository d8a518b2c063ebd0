import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { roleLabel } from '@/lib/auth';
import { formatDate } from '@/utils/format-date';
import type { UserSummary } from '../api/users';
import styles from './users.module.css';

const t = messages.accounts.users;
const c = messages.formControls;

type UsersTableProps = {
  users: readonly UserSummary[];
  currentUserId: string;
  /** Administrators get the role and status actions; nobody changes their own. */
  onChangeRole?: (user: UserSummary) => void;
  onToggleStatus?: (user: UserSummary) => void;
};

function statusLabel(status: string): string {
  return status === 'ACTIVE' || status === 'DISABLED' ? messages.accounts.statuses[status] : status;
}

export function UsersTable({ users, currentUserId, onChangeRole, onToggleStatus }: UsersTableProps) {
  const manage = onChangeRole !== undefined && onToggleStatus !== undefined;
  return (
    <TableScroll label={t.tableLabel} stackOnPhones>
      <table role="table">
        <caption>{t.caption(users.length)}</caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">{t.name}</th>
            <th scope="col" role="columnheader">{t.email}</th>
            <th scope="col" role="columnheader">{t.role}</th>
            <th scope="col" role="columnheader">{t.status}</th>
            <th scope="col" role="columnheader">{t.emailVerified}</th>
            <th scope="col" role="columnheader">{t.owner}</th>
            <th scope="col" role="columnheader">{t.createdAt}</th>
            {manage ? (
              <th scope="col" role="columnheader">
                {t.actions}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <tr key={user.id} role="row">
                <th scope="row" role="rowheader">
                  {user.fullName} {self ? t.you : null}
                </th>
                <td role="cell" data-label={t.email} className={styles.email}>
                  {user.email}
                </td>
                <td role="cell" data-label={t.role}>
                  {roleLabel(user.role)}
                </td>
                <td role="cell" data-label={t.status}>
                  {statusLabel(user.status)}
                </td>
                <td role="cell" data-label={t.emailVerified}>
                  {user.emailVerified ? c.yes : c.no}
                </td>
                <td role="cell" data-label={t.owner}>
                  {user.owner ? c.yes : c.no}
                </td>
                <td role="cell" data-label={t.createdAt}>
                  {formatDate(user.createdAt)}
                </td>
                {manage ? (
                  <td role="cell">
                    {self ? null : (
                      <div className={styles.actions}>
                        <button
                          type="button"
                          className={`button button-secondary ${styles.small}`}
                          aria-label={t.changeRoleOf(user.fullName)}
                          onClick={() => onChangeRole(user)}
                        >
                          {t.changeRole}
                        </button>
                        <button
                          type="button"
                          className={`button button-secondary ${styles.small}`}
                          aria-label={user.status === 'ACTIVE' ? t.disableOf(user.fullName) : t.enableOf(user.fullName)}
                          onClick={() => onToggleStatus(user)}
                        >
                          {user.status === 'ACTIVE' ? t.disable : t.enable}
                        </button>
                      </div>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
