import { Navigate, Outlet, useLocation } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { NoticePage } from '@/components/ui/notice-page';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useSession, type CurrentUser } from '@/lib/auth';
import styles from './require-user.module.css';

const t = messages.accounts.guard;

/** What the login page is told when someone is sent there: where to go back to, and why they came. */
export type SignInState = {
  /** The page to open after the login (a path of this app). */
  from?: string;
  /** Sent by a guard: the page needs a session. */
  required?: boolean;
};

type RequireUserProps = {
  /** Who may see the pages below; everyone signed in when absent. The server checks again on every call. */
  allow?: (user: CurrentUser) => boolean;
};

/**
 * A layout route for pages that need a signed-in person (and possibly a role): anonymous visitors go to the
 * login, which brings them back here afterwards; people without the role see why they cannot enter.
 */
export function RequireUser({ allow }: RequireUserProps) {
  const state = useSession();
  const location = useLocation();

  switch (state.status) {
    case 'anonymous': {
      const returnTo: SignInState = { from: `${location.pathname}${location.search}${location.hash}`, required: true };
      return <Navigate to={paths.signIn} replace state={returnTo} />;
    }
    case 'loading':
      return (
        <p role="status" className={styles.message}>
          {t.loading}
        </p>
      );
    case 'error':
      return (
        <div className={styles.message}>
          <FormAlert>
            <p>{t.errorTitle}</p>
            <p>{errorText(state.error)}</p>
            <button type="button" className="button" onClick={state.retry}>
              {messages.formControls.retry}
            </button>
          </FormAlert>
        </div>
      );
    case 'signed-in':
      return !allow || allow(state.user) ? (
        <Outlet />
      ) : (
        <NoticePage title={t.forbiddenTitle} text={t.forbiddenText} backHomeLabel={t.backHome} />
      );
  }
}
