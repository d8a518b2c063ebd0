import { Page } from '@/components/ui/page';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { messages } from '@/i18n/es-CO';

export function ForgotPasswordRoute() {
  const t = messages.accounts.forgotPassword;
  return (
    <Page title={t.title} lead={t.lead} narrow>
      <ForgotPasswordForm />
    </Page>
  );
}
