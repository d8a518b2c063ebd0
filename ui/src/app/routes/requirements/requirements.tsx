import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths, requirementPath } from '@/config/paths';
import { RequirementList } from '@/features/requirements/components/requirement-list';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { isAnchorOrStaff } from '@/lib/catalogue-access';

const t = messages.requirements;

/** Behind RequireUser: the requirements the person may see; anchors and organizers can start a new one. */
export function RequirementsRoute() {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  const writer = isAnchorOrStaff(state.user);
  return (
    <Page title={t.listTitle} lead={t.listLead}>
      {writer ? (
        <p>
          <Link to={paths.requirementNew} className="button">
            {t.create}
          </Link>
        </p>
      ) : null}
      <RequirementList linkTo={requirementPath} canFilterStatus={writer} />
    </Page>
  );
}
