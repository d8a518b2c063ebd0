/** Client routes. The server answers any path that is not an API call with index.html, so these are deep-linkable. */
export const paths = {
  home: '/',
  suppliers: '/proveedores',
  anchors: '/empresas-ancla',
  ruedas: '/ruedas',
  // ---- Cuentas (accounts): the e-mailed links point at verifyEmail and resetPassword, keep them stable ----
  signIn: '/ingresar',
  register: '/registro',
  verifyEmail: '/verificar-correo',
  forgotPassword: '/recuperar-contrasena',
  resetPassword: '/restablecer-contrasena',
  account: '/mi-cuenta',
  users: '/usuarios',
  audit: '/auditoria',
  // ---- end Cuentas ----
  // ---- Búsqueda y emparejamiento (search and matching) ----
  supplierSearch: '/buscar-proveedores',
  opportunities: '/oportunidades',
  shortlist: '/requerimientos/:id/proveedores',
  gaps: '/brechas',
  // ---- end Búsqueda y emparejamiento ----
  // ---- Proveedores, requerimientos e importación (suppliers, requirements, imports) ----
  myProfile: '/mi-perfil',
  supplierDirectory: '/proveedores-registrados',
  requirements: '/requerimientos',
  requirementNew: '/requerimientos/nuevo',
  requirement: '/requerimientos/:id',
  imports: '/importar',
  // ---- end Proveedores, requerimientos e importación ----
  // ---- Ruedas de encadenamiento: /ruedas/:id/mi-agenda is printed in the agenda PDF, keep it stable ----
  ruedaNew: '/ruedas/nueva',
  rueda: '/ruedas/:id',
  ruedaRequests: '/ruedas/:id/solicitudes',
  ruedaAgenda: '/ruedas/:id/agenda',
  ruedaMyAgenda: '/ruedas/:id/mi-agenda',
  // ---- El día de la rueda y el seguimiento: /ruedas/:id/seguimiento is linked from the reminder e-mails ----
  ruedaCheckIn: '/ruedas/:id/registro',
  ruedaLive: '/ruedas/:id/en-vivo',
  ruedaFollowUp: '/ruedas/:id/seguimiento',
  meetingOutcome: '/ruedas/:id/citas/:meetingId/resultado',
  // ---- Informes ----
  ruedaReport: '/ruedas/:id/informe',
  programmeReport: '/informes',
  // ---- end Ruedas ----
} as const;

/** Búsqueda y emparejamiento: the explained shortlist of one requirement. */
export function shortlistPath(requirementId: string): string {
  return paths.shortlist.replace(':id', encodeURIComponent(requirementId));
}

/** Proveedores, requerimientos e importación: one requirement's page. */
export function requirementPath(requirementId: string): string {
  return paths.requirement.replace(':id', encodeURIComponent(requirementId));
}

type RuedaPage =
  | 'rueda' | 'ruedaRequests' | 'ruedaAgenda' | 'ruedaMyAgenda' | 'ruedaCheckIn' | 'ruedaLive' | 'ruedaFollowUp'
  | 'ruedaReport';

/** Ruedas: one rueda's page (detail, request phase, agenda board, a participant's own agenda). */
export function ruedaPath(ruedaId: string, page: RuedaPage = 'rueda'): string {
  return paths[page].replace(':id', encodeURIComponent(ruedaId));
}

/**
 * El día de la rueda: where a firm records the outcome of one of its meetings, or — with {@code side} — where the
 * organizer records it on behalf of that side (a firm without a phone at hand, an outcome told at the desk).
 */
export function meetingOutcomePath(ruedaId: string, meetingId: string, side?: string): string {
  const path = paths.meetingOutcome.replace(':id', encodeURIComponent(ruedaId)).replace(':meetingId', encodeURIComponent(meetingId));
  return side ? `${path}?parte=${encodeURIComponent(side)}` : path;
}
