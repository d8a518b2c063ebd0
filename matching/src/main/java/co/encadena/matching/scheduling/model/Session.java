package co.encadena.matching.scheduling.model;

import java.util.List;

/**
 * A block of consecutive slots (e.g. the morning). Participants may attend only some sessions and a request
 * may be tied to one.
 *
 * @param id    unique id, e.g. {@code "AM"}
 * @param slots ids of the slots it contains
 */
public record Session(String id, List<String> slots) {
    public Session {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
