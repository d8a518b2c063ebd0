import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { TextField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { emailShape } from '@/components/form/validation';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useRequestPasswordReset } from '../api/email-links';

const t = messages.accounts.forgotPassword;

/** Asks for a password-reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const request = useRequestPasswordReset();
  const [formRef, focusFirstError] = useFocusFirstError();

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = emailShape(email);
    setError(problem);
    if (problem) {
      request.reset();
      focusFirstError();
      return;
    }
    request.mutate(email.trim(), { onError: focusFirstError });
  }

  if (request.isSuccess) {
    return (
      <>
        <FormStatus>
          <p>{request.data.message}</p>
        </FormStatus>
        <Link to={paths.signIn}>{t.backToSignIn}</Link>
      </>
    );
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {request.isError ? (
        <FormAlert>
          <p>{errorText(request.error)}</p>
        </FormAlert>
      ) : null}
      <TextField
        label={messages.accounts.fields.email}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={error ?? fieldErrors(request.error).email}
        required
      />
      <FormActions>
        <button type="submit" className="button" disabled={request.isPending}>
          {request.isPending ? t.submitting : t.submit}
        </button>
        <Link to={paths.signIn}>{t.backToSignIn}</Link>
      </FormActions>
    </form>
  );
}
