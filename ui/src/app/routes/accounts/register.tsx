import { useEffect, useState } from 'react';
import { Page } from '@/components/ui/page';
import { FormStatus } from '@/components/form/form-messages';
import { RegisterForm } from '@/features/auth/components/register-form';
import { ResendVerificationForm } from '@/features/auth/components/resend-verification-form';
import { messages } from '@/i18n/es-CO';

const t = messages.accounts.register;

export function RegisterRoute() {
  const [done, setDone] = useState<{ email: string; message: string } | null>(null);
  return done ? (
    <RegistrationSent email={done.email} message={done.message} />
  ) : (
    <Page title={t.title} lead={t.lead} narrow>
      <RegisterForm onRegistered={(email, message) => setDone({ email, message })} />
    </Page>
  );
}

/** The confirmation: where the link went, and how to get another one. Focus moves to its heading. */
function RegistrationSent({ email, message }: { email: string; message: string }) {
  useEffect(() => document.getElementById('page-title')?.focus(), []);
  return (
    <Page title={t.doneTitle} narrow>
      <FormStatus>
        <p>{message}</p>
        <p>{t.doneText(email)}</p>
        <p>{t.doneSpam}</p>
      </FormStatus>
      <ResendVerificationForm initialEmail={email} />
    </Page>
  );
}
