package co.encadena.matching.scheduling.model;

import java.util.List;

/**
 * A company taking part in a rueda.
 *
 * @param id               unique id within the instance
 * @param role             anchor, supplier (mipyme) or ally
 * @param nit              tax id, informative only
 * @param maxMeetings      at most this many meetings; null means as many as there are slots
 * @param table            id of the participant's own table (it meets there only), or null to use shared tables
 * @param sessions         ids of the sessions it attends; null or empty means all
 * @param unavailableSlots ids of slots in which it cannot meet
 */
public record Participant(String id, Role role, String nit, Integer maxMeetings, String table,
                          List<String> sessions, List<String> unavailableSlots) {
    public Participant {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        unavailableSlots = unavailableSlots == null ? List.of() : List.copyOf(unavailableSlots);
    }
}
