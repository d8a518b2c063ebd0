import { FormAlert } from '@/components/form/form-messages';
import { Page } from '@/components/ui/page';
import { ProfileWizard } from '@/features/suppliers/components/profile-wizard';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';

const t = messages.supplierProfile;

/** Behind RequireUser with isSupplier: the mipyme's own profile (its organization is its supplier id). */
export function MyProfileRoute() {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  const organization = state.user.organizationId;
  return (
    <Page title={t.title} lead={t.lead}>
      {organization ? (
        <ProfileWizard supplierId={organization} />
      ) : (
        <FormAlert>
          <p>{t.noOrganization}</p>
        </FormAlert>
      )}
    </Page>
  );
}
