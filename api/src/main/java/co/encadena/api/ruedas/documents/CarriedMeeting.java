package co.encadena.api.ruedas.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * One meeting of a participant's agenda, seen from that participant.
 *
 * @param uid          stable across moves and scheduler re-runs (e.g. {@code rueda-<ruedaId>-<orgA>-<orgB>@encadena-match}),
 *                     so calendars update the event they already have instead of adding a second one
 * @param sequence     iCalendar SEQUENCE: grows on every change, or calendars ignore the change
 * @param lastModified when the meeting last changed; null when unknown
 */
public record CarriedMeeting(String uid, int sequence, Instant startsAt, Instant endsAt, String slotCode,
                             String tableCode, String tableName, Party counterpart, MeetingState state,
                             Instant lastModified) {

    public CarriedMeeting {
        Objects.requireNonNull(uid, "a meeting needs a uid");
        Objects.requireNonNull(startsAt, "a meeting needs a start");
        Objects.requireNonNull(endsAt, "a meeting needs an end");
        Objects.requireNonNull(counterpart, "a meeting needs a counterpart");
        Objects.requireNonNull(state, "a meeting needs a state");
        if (uid.isBlank()) {
            throw new IllegalArgumentException("a meeting needs a non-blank uid");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE must not be negative: " + sequence + " (meeting " + uid + ")");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("meeting " + uid + " ends at " + endsAt + ", not after its start " + startsAt);
        }
    }

    /** The table as people read it: its name, else its code. */
    public String tableLabel() {
        return tableName != null && !tableName.isBlank() ? tableName : tableCode;
    }
}
