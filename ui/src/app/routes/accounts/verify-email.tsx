import { useSearchParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { VerifyEmail } from '@/features/auth/components/verify-email';
import { messages } from '@/i18n/es-CO';

/** The page the confirmation e-mail links to: `/verificar-correo?token=…`. */
export function VerifyEmailRoute() {
  const [params] = useSearchParams();
  return (
    <Page title={messages.accounts.verifyEmail.title} narrow>
      <VerifyEmail token={params.get('token')} />
    </Page>
  );
}
