import { useSearchParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { messages } from '@/i18n/es-CO';

/** The page reset and invitation e-mails link to: `/restablecer-contrasena?token=…`. */
export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const t = messages.accounts.resetPassword;
  return (
    <Page title={t.title} lead={t.lead} narrow>
      <ResetPasswordForm token={params.get('token')} />
    </Page>
  );
}
