import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { canSearchRequirements, canSearchSuppliers, canSeeGaps } from '@/lib/search-access';

/**
 * Búsqueda y emparejamiento: the main navigation's links to the search pages, only for those who may open them
 * (an anchor searches suppliers, a mipyme its opportunities; organizers and administrators both).
 */
export function SearchNavItems({ linkClassName }: { linkClassName?: string }) {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  return (
    <>
      {canSearchSuppliers(state.user) ? (
        <li>
          <NavLink to={paths.supplierSearch} className={linkClassName}>
            {messages.searchNav.supplierSearch}
          </NavLink>
        </li>
      ) : null}
      {canSearchRequirements(state.user) ? (
        <li>
          <NavLink to={paths.opportunities} className={linkClassName}>
            {messages.searchNav.opportunities}
          </NavLink>
        </li>
      ) : null}
      {canSeeGaps(state.user) ? (
        <li>
          <NavLink to={paths.gaps} className={linkClassName}>
            {messages.searchNav.gaps}
          </NavLink>
        </li>
      ) : null}
    </>
  );
}
