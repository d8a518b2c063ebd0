import { useQueryClient } from '@tanstack/react-query';
import { NavLink, useLocation, useNavigate } from 'react-router';
import type { SignInState } from '@/components/auth/require-user';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { signOut, useSession } from '@/lib/auth';
import styles from './account-nav.module.css';

const t = messages.accounts.header;

/** Pages "Ingresar" does not bring the person back to after the login: they go to "Mi cuenta" instead. */
const NO_RETURN_PAGES: readonly string[] = [
  paths.home,
  paths.signIn,
  paths.register,
  paths.verifyEmail,
  paths.forgotPassword,
  paths.resetPassword,
];

/** The header's account corner: "Ingresar" for visitors; the person's name, "Mi cuenta" and "Salir" once in. */
export function AccountNav() {
  const state = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  if (state.status === 'anonymous') {
    const returnTo: SignInState = NO_RETURN_PAGES.includes(location.pathname)
      ? {}
      : { from: `${location.pathname}${location.search}` };
    return (
      <div className={styles.account}>
        <NavLink to={paths.signIn} state={returnTo} className={styles.link}>
          {t.signIn}
        </NavLink>
      </div>
    );
  }

  function leave() {
    // Leave the page first: a guarded page would otherwise send the person to the login as the session ends.
    navigate(paths.home);
    void signOut(queryClient);
  }

  return (
    <div className={styles.account} role="group" aria-label={t.regionLabel}>
      {state.status === 'signed-in' ? (
        <span className={styles.name} data-testid="signed-in-user">
          {state.user.fullName}
        </span>
      ) : state.status === 'loading' ? (
        <span className={styles.name}>{t.loading}</span>
      ) : null}
      <NavLink to={paths.account} className={styles.link}>
        {t.myAccount}
      </NavLink>
      <button type="button" className={styles.signOut} onClick={leave}>
        {t.signOut}
      </button>
    </div>
  );
}

