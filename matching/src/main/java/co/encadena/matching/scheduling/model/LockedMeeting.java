package co.encadena.matching.scheduling.model;

/**
 * A meeting the organizer has fixed: it is kept exactly as given. It must match a request.
 *
 * @param a     one participant id
 * @param b     the other participant id
 * @param slot  slot id
 * @param table table id, or null to let the scheduler choose
 */
public record LockedMeeting(String a, String b, String slot, String table) {
}
