import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formProblem } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { PasswordField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { compact, newPassword, samePassword } from '@/components/form/validation';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useConfirmPasswordReset } from '../api/email-links';

const t = messages.accounts.resetPassword;
const f = messages.accounts.fields;

/**
 * Sets a new password from an e-mailed link (a reset, or an invitation to a new user). Both entries must match
 * before anything is sent; then the server's password policy has the last word.
 */
export function ResetPasswordForm({ token }: { token: string | null }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'newPassword' | 'confirmation', string>>>({});
  const reset = useConfirmPasswordReset();
  const [formRef, focusFirstError] = useFocusFirstError();

  if (!token) {
    return (
      <>
        <FormAlert>
          <p>{t.missingToken}</p>
        </FormAlert>
        <Link to={paths.forgotPassword}>{t.requestNew}</Link>
      </>
    );
  }

  if (reset.isSuccess) {
    return (
      <>
        <FormStatus>
          <p>
            <strong>{t.successTitle}</strong>
          </p>
          <p>{t.successText}</p>
        </FormStatus>
        <Link to={paths.signIn} className="button">
          {t.signIn}
        </Link>
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    const found = compact({
      newPassword: newPassword(password),
      confirmation: samePassword(confirmation, password),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      reset.reset();
      focusFirstError();
      return;
    }
    reset.mutate({ token, newPassword: password }, { onError: focusFirstError });
  }

  const server = fieldErrors(reset.error);
  // A link that is unknown, used or expired is refused as a whole (no field): offer a new one.
  const linkRefused = reset.error instanceof ApiError && reset.error.status === 400 && !server.newPassword;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {reset.isError ? (
        <FormAlert>
          {formProblem(reset.error, ['newPassword']).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {linkRefused ? <Link to={paths.forgotPassword}>{t.requestNew}</Link> : null}
        </FormAlert>
      ) : null}
      <PasswordField
        label={f.newPassword}
        hint={f.passwordHint}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errors.newPassword ?? server.newPassword}
        required
      />
      <PasswordField
        label={f.confirmPassword}
        autoComplete="new-password"
        value={confirmation}
        onChange={setConfirmation}
        error={errors.confirmation}
        required
      />
      <FormActions>
        <button type="submit" className="button" disabled={reset.isPending}>
          {reset.isPending ? t.submitting : t.submit}
        </button>
      </FormActions>
    </form>
  );
}
