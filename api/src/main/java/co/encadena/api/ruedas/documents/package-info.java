/**
 * The documents people carry from a rueda de encadenamiento: the participant's agenda as an iCalendar feed, as
 * invitations and cancellations to e-mail, and as a printable PDF with the check-in QR code; the sheets venue
 * staff keep at each table; and the organizers' agenda as CSV and XLSX.
 *
 * <p>Renderers take plain records ({@link co.encadena.api.ruedas.documents.CarriedAgenda},
 * {@link co.encadena.api.ruedas.documents.TableSheet}, {@link co.encadena.api.ruedas.documents.AgendaExportRow})
 * and return bytes or text; they read nothing and keep no state, so the rueda's persistence and HTTP layers
 * decide what to render and when. Every Spanish word comes from the message catalogue ({@code agenda.doc.*}).
 * Why these libraries: docs/adr/0030-agenda-documents.md.
 */
package co.encadena.api.ruedas.documents;
