import { useState, type FormEvent } from 'react';
import { formProblem } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { compact, emailShape, required } from '@/components/form/validation';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { roleLabel, type CurrentUser, type Role } from '@/lib/auth';
import { useInviteUser } from '../api/users';
import styles from './users.module.css';

const t = messages.accounts.users;
const f = messages.accounts.fields;

type Field = 'email' | 'fullName' | 'role' | 'newOrganizerName';
const FORM_FIELDS: readonly string[] = ['email', 'fullName', 'role', 'newOrganizerName'];

/**
 * Roles the caller may give, as the server decides them: administrators create administrators, or organizers
 * of a new organizer organization; organizers create organizers of their own organization; owners of a mipyme
 * or anchor invite members with their own role.
 */
function invitableRoles(user: CurrentUser): Role[] {
  if (user.role === 'ADMIN') return ['ORGANIZER', 'ADMIN'];
  if (user.role === 'ORGANIZER') return ['ORGANIZER'];
  return user.role === 'SUPPLIER' || user.role === 'ANCHOR' ? [user.role] : [];
}

export function InviteUserForm({ currentUser }: { currentUser: CurrentUser }) {
  const roles = invitableRoles(currentUser);
  const empty = { email: '', fullName: '', role: roles[0] ?? '', newOrganizerName: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useInviteUser();
  const [formRef, focusFirstError] = useFocusFirstError();
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  // An administrator's new organizer belongs to a new organizer organization, named here.
  const needsOrganization = currentUser.role === 'ADMIN' && values.role === 'ORGANIZER';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = compact<Field>({
      email: emailShape(values.email),
      fullName: required(values.fullName),
      role: required(values.role),
      newOrganizerName: needsOrganization ? required(values.newOrganizerName) : undefined,
    });
    setErrors(found);
    setInvited(null);
    if (Object.keys(found).length > 0) {
      invite.reset();
      focusFirstError();
      return;
    }
    const email = values.email.trim();
    invite.mutate(
      {
        email,
        fullName: values.fullName.trim(),
        role: values.role,
        newOrganizerName: needsOrganization ? values.newOrganizerName.trim() : null,
      },
      {
        onSuccess: () => {
          setInvited(email);
          setValues(empty);
        },
        onError: focusFirstError,
      },
    );
  }

  const server = fieldErrors(invite.error);
  const error = (field: Field) => errors[field] ?? server[field];

  return (
    <section aria-labelledby="invite-heading" className={styles.narrow}>
      <h2 id="invite-heading">{t.inviteHeading}</h2>
      <p>{t.inviteLead}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        {invited ? (
          <FormStatus>
            <p>{t.invited(invited)}</p>
          </FormStatus>
        ) : null}
        {invite.isError ? (
          <FormAlert>
            {formProblem(invite.error, FORM_FIELDS).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </FormAlert>
        ) : null}
        <TextField
          label={f.fullName}
          autoComplete="off"
          value={values.fullName}
          onChange={set('fullName')}
          error={error('fullName')}
          required
        />
        <TextField
          label={f.email}
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
          error={error('email')}
          required
        />
        {roles.length > 1 ? (
          <SelectField
            label={t.inviteRole}
            options={roles.map((role) => ({ value: role, label: roleLabel(role) }))}
            value={values.role}
            onChange={set('role')}
            error={error('role')}
            required
          />
        ) : (
          <p>{t.inviteRoleFixed(roleLabel(values.role))}</p>
        )}
        {needsOrganization ? (
          <TextField
            label={t.newOrganizerName}
            hint={t.newOrganizerHint}
            autoComplete="organization"
            value={values.newOrganizerName}
            onChange={set('newOrganizerName')}
            error={error('newOrganizerName')}
            required
          />
        ) : null}
        <FormActions>
          <button type="submit" className="button" disabled={invite.isPending}>
            {invite.isPending ? t.inviteSubmitting : t.inviteSubmit}
          </button>
        </FormActions>
      </form>
    </section>
  );
}
