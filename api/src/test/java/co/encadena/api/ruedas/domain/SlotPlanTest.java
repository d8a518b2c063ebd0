package co.encadena.api.ruedas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.ruedas.domain.SlotPlan.BreakSpec;
import co.encadena.api.ruedas.domain.SlotPlan.PlannedSlot;
import co.encadena.api.ruedas.domain.SlotPlan.SessionSpec;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static List<String> starts(List<PlannedSlot> slots) {
        return slots.stream().map(s -> s.code() + " " + s.start().toLocalTime()).toList();
    }

    @Test
    void aSessionIsCutIntoWholeSlotsAndTheRemainderIsDropped() {
        List<PlannedSlot> slots = SlotPlan.slots(List.of(new SessionSpec("AM", "Mañana", DAY, LocalTime.of(8, 0),
                LocalTime.of(9, 10), List.of())), 20, BOGOTA);
        assertEquals(List.of("s01 08:00", "s02 08:20", "s03 08:40"), starts(slots), "09:00–09:20 would run past 09:10");
    }

    @Test
    void noSlotOverlapsABreakAndSlotsResumeWhenTheBreakEnds() {
        List<PlannedSlot> slots = SlotPlan.slots(List.of(new SessionSpec("AM", "Mañana", DAY, LocalTime.of(8, 0),
                LocalTime.of(10, 0), List.of(new BreakSpec(LocalTime.of(8, 50), LocalTime.of(9, 5))))), 20, BOGOTA);
        assertEquals(List.of("s01 08:00", "s02 08:20", "s03 09:05", "s04 09:25"), starts(slots));
        for (PlannedSlot s : slots) {
            LocalTime start = s.start().toLocalTime();
            LocalTime end = s.end().toLocalTime();
            assertTrue(!start.isBefore(LocalTime.of(9, 5)) || !end.isAfter(LocalTime.of(8, 50)), s + " overlaps the break");
        }
    }

    @Test
    void slotsAreNumberedInTimeOrderAcrossDaysWhateverOrderTheSessionsCameIn() {
        List<PlannedSlot> slots = SlotPlan.slots(List.of(
                new SessionSpec("D2", "Día 2", DAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(8, 30), List.of()),
                new SessionSpec("PM", "Tarde", DAY, LocalTime.of(14, 0), LocalTime.of(14, 30), List.of()),
                new SessionSpec("AM", "Mañana", DAY, LocalTime.of(8, 0), LocalTime.of(8, 30), List.of())), 30, BOGOTA);
        assertEquals(List.of("s01:AM", "s02:PM", "s03:D2"), slots.stream().map(s -> s.code() + ":" + s.sessionCode()).toList());
        assertEquals("2026-12-03T13:00Z", slots.get(0).start().toInstant().toString().replace(":00Z", "Z"),
                "08:00 in Bogotá (UTC-5)");
    }
}
