import { NavLink } from 'react-router';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useSession } from '@/lib/auth';
import { isStaff, isSupplier } from '@/lib/catalogue-access';

const t = messages.catalogueNav;

/**
 * Proveedores, requerimientos e importación: the main navigation's links by role — a mipyme's own profile,
 * everyone's requirements, the organizers' supplier list and imports.
 */
export function CatalogueNavItems({ linkClassName }: { linkClassName?: string }) {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  const user = state.user;
  return (
    <>
      {isSupplier(user) ? (
        <li>
          <NavLink to={paths.myProfile} className={linkClassName}>
            {t.myProfile}
          </NavLink>
        </li>
      ) : null}
      <li>
        <NavLink to={paths.requirements} end className={linkClassName}>
          {t.requirements}
        </NavLink>
      </li>
      {isStaff(user) ? (
        <>
          <li>
            <NavLink to={paths.supplierDirectory} className={linkClassName}>
              {t.suppliers}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.imports} className={linkClassName}>
              {t.imports}
            </NavLink>
          </li>
        </>
      ) : null}
    </>
  );
}
