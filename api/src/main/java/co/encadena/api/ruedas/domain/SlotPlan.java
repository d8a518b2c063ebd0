package co.encadena.api.ruedas.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts sessions into meeting slots of a fixed length, skipping breaks: a slot never overlaps a break and never
 * runs past the end of its session. Slots are numbered {@code s01, s02, …} in time order across the event.
 */
public final class SlotPlan {

    /** A session as the organizer describes it: a day, a span and breaks inside it. */
    public record SessionSpec(String code, String name, LocalDate date, LocalTime start, LocalTime end,
                              List<BreakSpec> breaks) {
        public SessionSpec {
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
        }
    }

    /** A break inside a session (coffee, lunch). */
    public record BreakSpec(LocalTime start, LocalTime end) {
    }

    /** A generated slot. */
    public record PlannedSlot(String code, String sessionCode, ZonedDateTime start, ZonedDateTime end) {
    }

    private SlotPlan() {
    }

    /** The slots of the sessions, in time order. */
    public static List<PlannedSlot> slots(List<SessionSpec> sessions, int slotMinutes, ZoneId zone) {
        List<SessionSpec> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing(SessionSpec::date).thenComparing(SessionSpec::start));
        List<PlannedSlot> slots = new ArrayList<>();
        for (SessionSpec s : ordered) {
            List<BreakSpec> breaks = new ArrayList<>(s.breaks());
            breaks.sort(Comparator.comparing(BreakSpec::start));
            LocalTime t = s.start();
            while (!t.plusMinutes(slotMinutes).isAfter(s.end()) && !t.plusMinutes(slotMinutes).isBefore(t)) {
                LocalTime end = t.plusMinutes(slotMinutes);
                BreakSpec clash = null;
                for (BreakSpec b : breaks) {
                    if (t.isBefore(b.end()) && b.start().isBefore(end)) {
                        clash = b;
                        break;
                    }
                }
                if (clash != null) {
                    t = clash.end();
                    continue;
                }
                slots.add(new PlannedSlot(String.format("s%02d", slots.size() + 1), s.code(),
                        ZonedDateTime.of(s.date(), t, zone), ZonedDateTime.of(s.date(), end, zone)));
                t = end;
            }
        }
        return slots;
    }
}
