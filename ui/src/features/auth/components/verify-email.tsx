import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus } from '@/components/form/form-messages';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useVerifyEmail } from '../api/email-links';
import { ResendVerificationForm } from './resend-verification-form';

const t = messages.accounts.verifyEmail;

/**
 * Confirms the address as soon as the e-mailed link opens. The token works once, so it is sent once even when
 * React runs effects twice in development.
 */
export function VerifyEmail({ token }: { token: string | null }) {
  const verify = useVerifyEmail();
  const { mutate } = verify;
  const sent = useRef(false);

  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      mutate(token);
    }
  }, [token, mutate]);

  if (token && verify.isSuccess) {
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

  if (token && !verify.isError) {
    return <p role="status">{t.verifying}</p>;
  }

  return (
    <>
      <FormAlert>
        <p>
          <strong>{t.failedTitle}</strong>
        </p>
        <p>{token ? errorText(verify.error, t.failedFallback) : t.missingToken}</p>
      </FormAlert>
      <ResendVerificationForm />
    </>
  );
}
