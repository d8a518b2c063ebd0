import type { CurrentUser } from '@/lib/auth';

/*
 * Ruedas de encadenamiento: who may open which page. They mirror the API's rules so nobody is shown a page the
 * server would refuse; the server checks again on every call (RuedaAccess), with the rueda's own organizer.
 */

/** Organizers and administrators create ruedas and run their boards. */
export function canOrganizeRuedas(user: CurrentUser): boolean {
  return user.role === 'ORGANIZER' || user.role === 'ADMIN';
}

/** Firms take part in ruedas as their organization: anchors and mipymes. */
export function isRuedaParticipant(user: CurrentUser): boolean {
  return (user.role === 'ANCHOR' || user.role === 'SUPPLIER') && user.organizationId != null;
}
