import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { PasswordField, TextField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { compact, emailShape, required } from '@/components/form/validation';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useResendVerification } from '../api/email-links';
import { useSignIn } from '../api/sign-in';

const t = messages.accounts.signIn;
const f = messages.accounts.fields;

/**
 * E-mail and password; on success the session starts (the page then moves on). The server's answer is shown as it comes: wrong credentials (401), too many attempts
 * (429, with the minutes to wait), or an address not confirmed yet (403), which offers to send the link again.
 */
export function SignInForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'email' | 'password', string>>>({});
  const signIn = useSignIn();
  const resend = useResendVerification();
  const [formRef, focusFirstError] = useFocusFirstError();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = compact({ email: emailShape(email), password: required(password) });
    setErrors(found);
    resend.reset();
    if (Object.keys(found).length > 0) {
      signIn.reset();
      focusFirstError();
      return;
    }
    signIn.mutate({ email: email.trim(), password }, { onError: focusFirstError });
  }

  const server = fieldErrors(signIn.error);
  const unverified = signIn.error instanceof ApiError && signIn.error.status === 403;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {signIn.isError ? (
        <FormAlert>
          <p>{errorText(signIn.error)}</p>
          {unverified && !resend.isSuccess ? (
            <button
              type="button"
              className="link-button"
              disabled={resend.isPending}
              onClick={() => resend.mutate(email.trim())}
            >
              {resend.isPending ? t.resending : t.resend}
            </button>
          ) : null}
        </FormAlert>
      ) : null}
      {resend.isSuccess ? (
        <FormStatus>
          <p>{resend.data.message}</p>
        </FormStatus>
      ) : null}
      {resend.isError ? (
        <FormAlert>
          <p>{errorText(resend.error)}</p>
        </FormAlert>
      ) : null}
      <TextField
        label={f.email}
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={errors.email ?? server.email}
        required
      />
      <PasswordField
        label={f.password}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password ?? server.password}
        required
      />
      <FormActions>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t.submitting : t.submit}
        </button>
        <Link to={paths.forgotPassword}>{t.forgotPassword}</Link>
      </FormActions>
      <p>
        {t.noAccount} <Link to={paths.register}>{t.register}</Link>
      </p>
    </form>
  );
}
