import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { ruedaPath } from '@/config/paths';
import { RuedaDetail } from '@/features/ruedas/components/rueda-detail';
import { RuedaList } from '@/features/ruedas/components/rueda-list';
import { RuedaSettingsForm } from '@/features/ruedas/components/rueda-settings-form';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canOrganizeRuedas } from '@/lib/rueda-access';

const t = messages.ruedas;

/** Behind RequireUser: every role sees the ruedas the API lets it see; organizers may start one. */
export function RuedasRoute() {
  const state = useSession();
  const canCreate = state.status === 'signed-in' && canOrganizeRuedas(state.user);
  return (
    <Page title={t.title} lead={t.lead}>
      <RuedaList canCreate={canCreate} />
    </Page>
  );
}

/** Behind RequireUser with canOrganizeRuedas. */
export function NewRuedaRoute() {
  const navigate = useNavigate();
  return (
    <Page title={t.form.createTitle} lead={t.form.lead} narrow>
      <RuedaSettingsForm rueda={null} onCreated={(id) => void navigate(ruedaPath(id))} />
    </Page>
  );
}

export function RuedaRoute() {
  const { id = '' } = useParams();
  const state = useSession();
  const organizationId = state.status === 'signed-in' ? (state.user.organizationId ?? null) : null;
  return (
    <Page title={t.title}>
      <RuedaDetail key={id} ruedaId={id} organizationId={organizationId} />
    </Page>
  );
}
