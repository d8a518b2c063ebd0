import { messages } from '@/i18n/es-CO';
import { roleLabel, type CurrentUser } from '@/lib/auth';
import styles from './account.module.css';

const t = messages.accounts.account;

export function ProfileSummary({ user }: { user: CurrentUser }) {
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t.profileHeading}</h2>
      <dl className={styles.facts}>
        <div>
          <dt>{t.name}</dt>
          <dd>{user.fullName}</dd>
        </div>
        <div>
          <dt>{t.email}</dt>
          <dd className={styles.breakable}>{user.email}</dd>
        </div>
        <div>
          <dt>{t.role}</dt>
          <dd>{roleLabel(user.role)}</dd>
        </div>
      </dl>
      {user.owner ? <p>{t.owner}</p> : null}
    </section>
  );
}
