import { useState } from 'react';
import { errorText } from '@/components/form/error-text';
import { FormStatus, LoadFailed } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { ROLES, isAdmin, roleLabel, type CurrentUser } from '@/lib/auth';
import { useChangeUser, useUsers, type UserSummary } from '../api/users';
import { InviteUserForm } from './invite-user-form';
import { UsersTable } from './users-table';

const t = messages.accounts.users;

type Pending = { kind: 'role'; user: UserSummary } | { kind: 'status'; user: UserSummary };

/** The users the caller may see, the invitation form, and (administrators) role and status changes. */
export function UsersPanel({ currentUser }: { currentUser: CurrentUser }) {
  const users = useUsers();
  const change = useChangeUser();
  const [pending, setPending] = useState<Pending | null>(null);
  const [newRole, setNewRole] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const admin = isAdmin(currentUser);

  function open(next: Pending) {
    change.reset();
    setSaved(null);
    setNewRole(next.user.role);
    setPending(next);
  }

  function confirm() {
    if (!pending) return;
    const { user } = pending;
    const body =
      pending.kind === 'role'
        ? { role: newRole }
        : { status: user.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' };
    change.mutate(
      { id: user.id, change: body },
      {
        onSuccess: () => {
          setPending(null);
          setSaved(t.changed(user.fullName));
        },
      },
    );
  }

  const changeError = change.isError
    ? (fieldErrors(change.error).role ?? fieldErrors(change.error).status ?? errorText(change.error))
    : undefined;

  return (
    <>
      {saved ? (
        <FormStatus>
          <p>{saved}</p>
        </FormStatus>
      ) : null}
      {users.isPending ? (
        <p role="status">{t.loading}</p>
      ) : users.isError ? (
        <LoadFailed title={t.error} error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <UsersTable
          users={users.data.items}
          currentUserId={currentUser.id}
          onChangeRole={admin ? (user) => open({ kind: 'role', user }) : undefined}
          onToggleStatus={admin ? (user) => open({ kind: 'status', user }) : undefined}
        />
      )}

      <InviteUserForm currentUser={currentUser} />

      {pending?.kind === 'role' ? (
        <ConfirmDialog
          title={t.roleDialogTitle(pending.user.fullName)}
          confirmLabel={t.roleConfirm}
          pendingLabel={t.saving}
          pending={change.isPending}
          error={changeError}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>{t.roleDialogText(roleLabel(pending.user.role))}</p>
          <SelectField
            label={t.newRole}
            options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
            value={newRole}
            onChange={setNewRole}
          />
        </ConfirmDialog>
      ) : null}
      {pending?.kind === 'status' ? (
        <ConfirmDialog
          title={
            pending.user.status === 'ACTIVE'
              ? t.disableTitle(pending.user.fullName)
              : t.enableTitle(pending.user.fullName)
          }
          confirmLabel={pending.user.status === 'ACTIVE' ? t.disable : t.enable}
          pendingLabel={t.saving}
          pending={change.isPending}
          error={changeError}
          destructive={pending.user.status === 'ACTIVE'}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>{pending.user.status === 'ACTIVE' ? t.disableText : t.enableText}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
