import { useState, type FormEvent } from 'react';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { TextField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { emailShape } from '@/components/form/validation';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useResendVerification } from '../api/email-links';

const t = messages.accounts.resend;

/** Asks for a new confirmation link; the answer is the same whether or not the address has an account. */
export function ResendVerificationForm({ initialEmail = '' }: { initialEmail?: string }) {
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string | undefined>();
  const resend = useResendVerification();
  const [formRef, focusFirstError] = useFocusFirstError();

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = emailShape(email);
    setError(problem);
    if (problem) {
      resend.reset();
      focusFirstError();
      return;
    }
    resend.mutate(email.trim(), { onError: focusFirstError });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="resend-heading">
      <h2 id="resend-heading">{t.heading}</h2>
      <p>{t.lead}</p>
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
        label={messages.accounts.fields.email}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={error ?? fieldErrors(resend.error).email}
        required
      />
      <FormActions>
        <button type="submit" className="button" disabled={resend.isPending}>
          {resend.isPending ? t.submitting : t.submit}
        </button>
      </FormActions>
    </form>
  );
}
