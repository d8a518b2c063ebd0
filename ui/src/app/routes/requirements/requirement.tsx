import { Link, useNavigate, useParams } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { NoticePage } from '@/components/ui/notice-page';
import { Page } from '@/components/ui/page';
import { paths, requirementPath, shortlistPath } from '@/config/paths';
import { useRequirement } from '@/features/requirements/api/requirements';
import { RequirementEditor } from '@/features/requirements/components/requirement-editor';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { isStaff } from '@/lib/catalogue-access';
import { canSeeShortlists } from '@/lib/search-access';

const t = messages.requirements;

/** Behind RequireUser with isAnchorOrStaff: a new requirement (organizers name the anchor). */
export function NewRequirementRoute() {
  const state = useSession();
  const navigate = useNavigate();
  if (state.status !== 'signed-in') return null;
  return (
    <Page title={t.newTitle}>
      <RequirementEditor requirement={null} asOrganizer={isStaff(state.user)}
        onCreated={(id) => navigate(requirementPath(id), { replace: true })} />
    </Page>
  );
}

/** Behind RequireUser: one requirement, editable by its anchor and organizers, read-only for everyone else. */
export function RequirementRoute() {
  const { id = '' } = useParams();
  const state = useSession();
  const navigate = useNavigate();
  const requirement = useRequirement(id);
  if (state.status !== 'signed-in') return null;
  if (requirement.isPending) return <p role="status">{t.loading}</p>;
  if (requirement.isError) {
    return (
      <FormAlert>
        <p>{errorText(requirement.error)}</p>
      </FormAlert>
    );
  }
  if (requirement.data === null) {
    return <NoticePage title={t.editTitle} text={t.notFound} backHomeLabel={t.backHome} />;
  }
  return (
    <Page title={requirement.data.title}>
      <p>
        <Link to={paths.requirements}>{t.backToList}</Link>
      </p>
      {/* Búsqueda y emparejamiento: this requirement's explained shortlist (its anchor, organizers, admins) */}
      {canSeeShortlists(state.user) ? (
        <p>
          <Link to={shortlistPath(requirement.data.id)}>{messages.shortlist.fromRequirement}</Link>
        </p>
      ) : null}
      <RequirementEditor key={requirement.data.id} requirement={requirement.data} asOrganizer={isStaff(state.user)}
        onDeleted={() => navigate(paths.requirements, { replace: true })} />
    </Page>
  );
}
