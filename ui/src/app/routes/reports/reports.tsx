import { Link, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { ruedaPath } from '@/config/paths';
import { ProgrammeDashboard } from '@/features/reports/components/programme-dashboard';
import { RuedaReportView } from '@/features/reports/components/rueda-report';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with canOrganizeRuedas; the API shows a rueda's report to those who manage it. */
export function RuedaReportRoute() {
  const { id = '' } = useParams();
  return (
    <Page title={messages.reports.rueda.title}>
      <p>
        <Link to={ruedaPath(id)}>{messages.ruedaDay.backToRueda}</Link>
      </p>
      <RuedaReportView key={id} ruedaId={id} />
    </Page>
  );
}

/** Behind RequireUser with canOrganizeRuedas (organizers and administrators). The map loads with this page only. */
export function ProgrammeReportRoute() {
  return (
    <Page title={messages.reports.programme.title} lead={messages.reports.programme.lead}>
      <ProgrammeDashboard />
    </Page>
  );
}
