import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canOrganizeRuedas } from '@/lib/rueda-access';

/** Informes: the main navigation's link to the programme dashboard, for organizers and administrators only. */
export function ReportsNavItems({ linkClassName }: { linkClassName?: string }) {
  const state = useSession();
  if (state.status !== 'signed-in' || !canOrganizeRuedas(state.user)) return null;
  return (
    <li>
      <NavLink to={paths.programmeReport} className={linkClassName}>
        {messages.nav.reports}
      </NavLink>
    </li>
  );
}
