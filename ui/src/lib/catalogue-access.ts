import type { CurrentUser } from '@/lib/auth';

/*
 * Proveedores, requerimientos e importación: who may open which page. They mirror the API's @Secured rules so
 * nobody is shown a page the server would refuse; the server checks again, with ownership, on every call.
 */

/** A mipyme or popular-economy unit: its own profile. */
export function isSupplier(user: CurrentUser): boolean {
  return user.role === 'SUPPLIER';
}

/** Organizers and administrators: every supplier, imports and exports. */
export function isStaff(user: CurrentUser): boolean {
  return user.role === 'ORGANIZER' || user.role === 'ADMIN';
}

/** Who writes requirements: anchors (their own) and organizers on an anchor's behalf. */
export function isAnchorOrStaff(user: CurrentUser): boolean {
  return user.role === 'ANCHOR' || isStaff(user);
}
