package co.encadena.matching.scheduling.model;

import java.util.List;

/**
 * The scheduler's input, the {@code rueda.json} of {@code spec/FORMATS.md}: the event's sessions, slots and
 * tables, the participants and the requested meetings. Lists are never null (absent means empty); checking
 * that the parts agree is {@link co.encadena.matching.scheduling.RuedaValidator}'s job, not the record's.
 */
public record RuedaInstance(String name, String timezone, List<Session> sessions, List<Slot> slots,
                            List<Table> tables, List<Participant> participants, List<MeetingRequest> requests,
                            List<LockedMeeting> locked) {
    public RuedaInstance {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        slots = slots == null ? List.of() : List.copyOf(slots);
        tables = tables == null ? List.of() : List.copyOf(tables);
        participants = participants == null ? List.of() : List.copyOf(participants);
        requests = requests == null ? List.of() : List.copyOf(requests);
        locked = locked == null ? List.of() : List.copyOf(locked);
    }
}
