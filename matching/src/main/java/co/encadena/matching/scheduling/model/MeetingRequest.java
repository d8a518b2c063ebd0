package co.encadena.matching.scheduling.model;

/**
 * A wish for a meeting between two participants (an unordered pair).
 *
 * @param a           one participant id
 * @param b           the other participant id
 * @param requestedBy who asked for it ({@code BOTH}, {@code ORGANIZER}, ...), informative only
 * @param weight      value of holding it (non-negative integer; mutual requests weigh more)
 * @param mandatory   the meeting must happen; the instance is infeasible otherwise
 * @param session     id of the session it must be held in, or null for any
 */
public record MeetingRequest(String a, String b, String requestedBy, long weight, boolean mandatory,
                             String session) {
}
