import { Page } from '@/components/ui/page';
import { UsersPanel } from '@/features/users/components/users-panel';
import { messages } from '@/i18n/es-CO';
import { isAdmin, useSession } from '@/lib/auth';

/** Behind RequireUser with canManageUsers. */
export function UsersRoute() {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  const t = messages.accounts.users;
  return (
    <Page title={t.title} lead={isAdmin(state.user) ? t.leadAdmin : t.leadOrganization}>
      <UsersPanel currentUser={state.user} />
    </Page>
  );
}
