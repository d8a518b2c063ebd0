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
    <TableScroll label={t.tableLabel}>
      <table>
        <caption>{t.caption(users.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.emailVerified}</th>
            <th scope="col">{t.owner}</th>
            <th scope="col">{t.createdAt}</th>
            {manage ? <th scope="col">{t.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <tr key={user.id}>
                <th scope="row">
                  {user.fullName} {self ? t.you : null}
                </th>
                <td className={styles.email}>{user.email}</td>
                <td>{roleLabel(user.role)}</td>
                <td>{statusLabel(user.status)}</td>
                <td>{user.emailVerified ? c.yes : c.no}</td>
                <td>{user.owner ? c.yes : c.no}</td>
                <td>{formatDate(user.createdAt)}</td>
                {manage ? (
                  <td>
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
