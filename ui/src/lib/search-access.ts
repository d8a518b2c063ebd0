import type { CurrentUser } from '@/lib/auth';

/*
 * Búsqueda y emparejamiento: who may open which page. They mirror the API's @Secured rules so nobody is shown a
 * page the server would refuse; the server checks again on every call (an anchor sees only its own requirements).
 */

/** `/buscar-proveedores`: anchors, organizers and administrators. */
export function canSearchSuppliers(user: CurrentUser): boolean {
  return user.role === 'ANCHOR' || user.role === 'ORGANIZER' || user.role === 'ADMIN';
}

/** `/oportunidades`: mipymes (what fits them), organizers and administrators (everything open). */
export function canSearchRequirements(user: CurrentUser): boolean {
  return user.role === 'SUPPLIER' || user.role === 'ORGANIZER' || user.role === 'ADMIN';
}

/** `/requerimientos/:id/proveedores`: the requirement's anchor, organizers and administrators. */
export function canSeeShortlists(user: CurrentUser): boolean {
  return user.role === 'ANCHOR' || user.role === 'ORGANIZER' || user.role === 'ADMIN';
}

/** `/brechas`: the programme's gap dashboard, for organizers and administrators. */
export function canSeeGaps(user: CurrentUser): boolean {
  return user.role === 'ORGANIZER' || user.role === 'ADMIN';
}
