import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { ConsentsList } from '@/features/account/components/consents-list';
import { PersonalDataRights } from '@/features/account/components/personal-data-rights';
import { ProfileSummary } from '@/features/account/components/profile-summary';
import { messages } from '@/i18n/es-CO';
import { canManageUsers, forgetSession, isAdmin, useSession } from '@/lib/auth';
import styles from './account.module.css';

const t = messages.accounts.account;

/** "Mi cuenta": who the person is, their password, consents and personal-data rights. Behind RequireUser. */
export function AccountRoute() {
  const state = useSession();
  const queryClient = useQueryClient();
  if (state.status !== 'signed-in') return null;
  const { user } = state;

  function erased() {
    // The server already ended the session; the guard now leads to the login, which says why.
    forgetSession(queryClient, t.erased);
  }

  return (
    <Page title={t.title}>
      <ProfileSummary user={user} />
      {canManageUsers(user) ? (
        <nav aria-labelledby="manage-heading">
          <h2 id="manage-heading">{t.manageHeading}</h2>
          <ul className={styles.links}>
            <li>
              <Link to={paths.users} className="button button-secondary">
                {t.users}
              </Link>
            </li>
            {isAdmin(user) ? (
              <li>
                <Link to={paths.audit} className="button button-secondary">
                  {t.audit}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      <ChangePasswordForm email={user.email} />
      <ConsentsList />
      <PersonalDataRights onErased={erased} />
    </Page>
  );
}
