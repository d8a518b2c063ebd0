import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formProblem } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { PasswordField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { compact, newPassword, required, samePassword } from '@/components/form/validation';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { forgetSession } from '@/lib/auth';
import { useChangePassword } from '../api/account';
import styles from './account.module.css';

const t = messages.accounts.account;
const f = messages.accounts.fields;

type Field = 'currentPassword' | 'newPassword' | 'confirmation';

export function ChangePasswordForm({ email }: { email: string }) {
  const empty = { currentPassword: '', newPassword: '', confirmation: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const change = useChangePassword(email);
  const queryClient = useQueryClient();
  const [formRef, focusFirstError] = useFocusFirstError();
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = compact<Field>({
      currentPassword: required(values.currentPassword),
      newPassword: newPassword(values.newPassword),
      confirmation: samePassword(values.confirmation, values.newPassword),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      change.reset();
      focusFirstError();
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: ({ stillSignedIn }) => {
          setValues(empty);
          if (!stillSignedIn) {
            // The guard leads to the login, which says why; afterwards it brings the person back here.
            forgetSession(queryClient, t.passwordChangedSignInAgain);
          }
        },
        onError: focusFirstError,
      },
    );
  }

  const server = fieldErrors(change.error);

  return (
    <section aria-labelledby="password-heading" className={styles.narrow}>
      <h2 id="password-heading">{t.passwordHeading}</h2>
      <form ref={formRef} onSubmit={submit} noValidate>
        {change.isSuccess ? (
          <FormStatus>
            <p>{t.passwordChanged}</p>
          </FormStatus>
        ) : null}
        {change.isError ? (
          <FormAlert>
            {formProblem(change.error, ['currentPassword', 'newPassword']).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </FormAlert>
        ) : null}
        <PasswordField
          label={f.currentPassword}
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={errors.currentPassword ?? server.currentPassword}
          required
        />
        <PasswordField
          label={f.newPassword}
          hint={f.passwordHint}
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.newPassword ?? server.newPassword}
          required
        />
        <PasswordField
          label={f.confirmPassword}
          autoComplete="new-password"
          value={values.confirmation}
          onChange={set('confirmation')}
          error={errors.confirmation}
          required
        />
        <FormActions>
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? t.passwordSubmitting : t.passwordSubmit}
          </button>
        </FormActions>
      </form>
    </section>
  );
}
