package co.encadena.api.ruedas.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * One meeting of a rueda's agenda as organizers export it.
 *
 * @param partyARole ANCHOR, SUPPLIER or ALLY
 * @param state      a {@link MeetingState} name (shown translated; an unknown value is shown as it is)
 * @param locked     whether organizers pinned the meeting so the scheduler keeps it where it is
 */
public record AgendaExportRow(String slotCode, Instant startsAt, Instant endsAt, String tableCode, String tableName,
                              String partyAName, String partyANit, String partyARole, String partyBName,
                              String partyBNit, String partyBRole, String state, boolean locked) {

    public AgendaExportRow {
        Objects.requireNonNull(startsAt, "an agenda row needs a start");
        Objects.requireNonNull(endsAt, "an agenda row needs an end");
    }
}
