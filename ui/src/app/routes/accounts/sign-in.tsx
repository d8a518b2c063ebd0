import { Navigate, useLocation } from 'react-router';
import type { SignInState } from '@/components/auth/require-user';
import { FormStatus } from '@/components/form/form-messages';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { messages } from '@/i18n/es-CO';
import { useIsSignedIn, useSessionEndNotice } from '@/lib/auth';

const t = messages.accounts.signIn;

/** Only paths of this app: a crafted `from` must not send someone to another site after logging in. */
function safeReturnPath(from: unknown): string | undefined {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined;
}

/**
 * The login. Once a session exists (just now, or already) the person goes where they wanted to go, or to
 * "Mi cuenta".
 */
export function SignInRoute() {
  const location = useLocation();
  const signedIn = useIsSignedIn();
  const state = (location.state ?? {}) as SignInState;
  const notice = useSessionEndNotice();
  if (signedIn) return <Navigate to={safeReturnPath(state.from) ?? paths.account} replace />;

  return (
    <Page title={t.title} lead={t.lead} narrow>
      {notice ? (
        <FormStatus>
          <p>{notice}</p>
        </FormStatus>
      ) : state.required ? (
        <FormStatus>
          <p>{t.needSignIn}</p>
        </FormStatus>
      ) : null}
      <SignInForm />
    </Page>
  );
}
