package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.Meeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Example tests, one per rule the organizer would notice. */
class RuedaSchedulerTest {

    private static Agenda schedule(RuedaInstance in) {
        Agenda agenda = RuedaScheduler.schedule(in, Ruedas.fast());
        assertEquals(List.of(), AgendaVerifier.violations(in, agenda), "the agenda must be valid");
        return agenda;
    }

    private static Meeting meeting(Agenda agenda, String a, String b) {
        return agenda.meetings().stream()
                .filter(m -> (m.a().equals(a) && m.b().equals(b)) || (m.a().equals(b) && m.b().equals(a)))
                .findFirst().orElseThrow(() -> new AssertionError(a + "–" + b + " not scheduled"));
    }

    @Test
    void schedulesEveryMutualRequestWhenTablesSuffice() {
        RuedaInstance in = Ruedas.slots(3).sharedTables(2).anchor("A1", null, null).anchor("A2", null, null)
                .supplier("P1", null).supplier("P2", null).supplier("P3", null)
                .request("A1", "P1", 3).request("A1", "P2", 3).request("A1", "P3", 3)
                .request("A2", "P1", 3).request("A2", "P2", 3).build();
        Agenda agenda = schedule(in);
        assertEquals(5, agenda.stats().scheduled());
        assertTrue(agenda.stats().optimal());
        assertEquals("EXACT_FLOW", agenda.stats().method());
        assertEquals(0, agenda.stats().idleGaps());
    }

    @Test
    void runsTheSpecExampleWithLockAvailabilityAndSessions() {
        RuedaInstance in = Ruedas.sessions(3, 2).sharedTables(1).anchor("A1", 12, "M01")
                .participant(new Participant("P7", Role.SUPPLIER, "900123456-8", 6, null, List.of("AM"), null))
                .supplier("P9", 6)
                .request(new MeetingRequest("A1", "P7", "BOTH", 3, false, null))
                .request(new MeetingRequest("P7", "P9", "ORGANIZER", 1, true, null))
                .lock("A1", "P7", "s2", "M01").build();
        Agenda agenda = schedule(in);
        assertEquals(new Meeting("A1", "P7", "s2", "M01"), meeting(agenda, "A1", "P7"));
        Meeting peers = meeting(agenda, "P7", "P9");
        assertTrue(List.of("s1", "s3").contains(peers.slot()), "P7 attends AM only: " + peers);
        assertEquals("M1", peers.table());
    }

    @Test
    void holdsAnAnchorsMeetingsAtItsOwnTableAndOthersAtSharedTables() {
        RuedaInstance in = Ruedas.slots(2).sharedTables(1).anchor("A1", null, "PROPIA").supplier("P1", null)
                .supplier("P2", null).request("A1", "P1", 2).request("A1", "P2", 2).request("P1", "P2", 1).build();
        Agenda agenda = schedule(in);
        assertEquals("PROPIA", meeting(agenda, "A1", "P1").table());
        assertEquals("PROPIA", meeting(agenda, "A1", "P2").table());
        assertEquals(2, agenda.stats().scheduled(), "three pairwise meetings among three people need three slots");
    }

    @Test
    void prefersHeavierRequestsWhenACapBinds() {
        RuedaInstance in = Ruedas.slots(4).sharedTables(3).anchor("A1", 2, null)
                .supplier("P1", null).supplier("P2", null).supplier("P3", null)
                .request("A1", "P1", 1).request("A1", "P2", 5).request("A1", "P3", 3).build();
        Agenda agenda = schedule(in);
        assertEquals(8, agenda.stats().scheduledWeight());
        assertEquals("A1 ya tiene 2 reuniones (máximo)", agenda.unscheduled().get(0).reason());
    }

    @Test
    void givesEverySupplierAMeetingBeforeGivingAnyoneASecondAtEqualWeight() {
        // A1 can hold 2 meetings; P1 and P2 each also want A2. Same weight everywhere: the fairness floor
        // decides that A1 meets P3 rather than a supplier that already has a meeting.
        RuedaInstance in = Ruedas.slots(2).sharedTables(4).anchor("A1", 2, null).anchor("A2", 2, null)
                .supplier("P1", null).supplier("P2", null).supplier("P3", null)
                .request("A1", "P1", 1).request("A1", "P2", 1).request("A1", "P3", 1)
                .request("A2", "P1", 1).request("A2", "P2", 1).build();
        Agenda agenda = schedule(in);
        assertEquals(4, agenda.stats().scheduled());
        assertEquals(1, agenda.stats().minMeetingsPerSupplier());
        assertEquals(3, agenda.stats().suppliersWithMeetings());
    }

    @Test
    void explainsARequestWithoutACommonSlot() {
        RuedaInstance in = Ruedas.sessions(2, 2).sharedTables(1)
                .participant(new Participant("A1", Role.ANCHOR, null, null, null, List.of("AM"), null))
                .participant(new Participant("P1", Role.SUPPLIER, null, null, null, List.of("PM"), null))
                .request("A1", "P1", 1).build();
        Agenda agenda = schedule(in);
        assertEquals("A1 y P1 no coinciden en ningún horario disponible", agenda.unscheduled().get(0).reason());
    }

    @Test
    void explainsARequestLeftOutForLackOfTables() {
        RuedaInstance in = Ruedas.slots(1).sharedTables(1).supplier("P1", null).supplier("P2", null)
                .supplier("P3", null).supplier("P4", null).request("P1", "P2", 2).request("P3", "P4", 1).build();
        Agenda agenda = schedule(in);
        assertEquals(1, agenda.stats().scheduled());
        assertEquals("No queda mesa libre en los horarios en que P3 y P4 están libres",
                agenda.unscheduled().get(0).reason());
    }

    @Test
    void explainsARequestWhoseCommonSlotsAreTaken() {
        RuedaInstance in = Ruedas.slots(2).sharedTables(3).anchor("A1", null, null)
                .participant(new Participant("P1", Role.SUPPLIER, null, null, null, null, List.of("s2")))
                .participant(new Participant("P2", Role.SUPPLIER, null, null, null, null, List.of("s2")))
                .request("A1", "P1", 5).request("A1", "P2", 1).build();
        Agenda agenda = schedule(in);
        assertEquals(1, agenda.stats().scheduled());
        assertTrue(agenda.unscheduled().get(0).reason().contains("no tienen un horario libre en común"),
                agenda.unscheduled().get(0).reason());
    }

    @Test
    void keepsIdleGapsAtZeroWhenMeetingsCanBeBackToBack() {
        RuedaInstance in = Ruedas.slots(6).sharedTables(2).anchor("A1", null, null)
                .participant(new Participant("P1", Role.SUPPLIER, null, null, null, null, List.of("s1", "s2")))
                .supplier("P2", null).supplier("P3", null)
                .request("A1", "P1", 1).request("A1", "P2", 1).request("A1", "P3", 1).request("P2", "P3", 1).build();
        Agenda agenda = schedule(in);
        assertEquals(4, agenda.stats().scheduled());
        assertEquals(0, agenda.stats().idleGaps());
    }

    @Test
    void rejectsMandatoryRequestsAboveAParticipantsCap() {
        RuedaInstance in = Ruedas.slots(4).sharedTables(2).anchor("A1", 1, null).supplier("P1", null)
                .supplier("P2", null).mandatory("A1", "P1").mandatory("A1", "P2").build();
        InfeasibleRuedaException e = assertThrows(InfeasibleRuedaException.class, () -> RuedaScheduler.schedule(in, Ruedas.fast()));
        assertEquals("A1 tiene 2 reuniones obligatorias y su máximo es 1", e.getMessage());
    }

    @Test
    void provesThatMandatoryMeetingsThatCannotFitTogetherAreInfeasible() {
        // A triangle of mandatory meetings needs three slots; there are two.
        RuedaInstance in = Ruedas.slots(2).sharedTables(3).supplier("P1", null).supplier("P2", null)
                .supplier("P3", null).mandatory("P1", "P2").mandatory("P2", "P3").mandatory("P1", "P3").build();
        InfeasibleRuedaException e = assertThrows(InfeasibleRuedaException.class, () -> RuedaScheduler.schedule(in, Ruedas.fast()));
        assertTrue(e.getMessage().startsWith("Las 3 reuniones obligatorias no caben juntas"), e.getMessage());
    }

    @Test
    void holdsEveryMandatoryMeetingEvenWhenLighterThanTheRest() {
        RuedaInstance in = Ruedas.slots(1).sharedTables(2).anchor("A1", null, null).supplier("P1", null)
                .supplier("P2", null).request("A1", "P1", 10).mandatory("A1", "P2").build();
        Agenda agenda = schedule(in);
        meeting(agenda, "A1", "P2");
        assertEquals(1, agenda.stats().scheduled());
    }

    @Test
    void countsTheGapOfAnUnavailableSlotButNotTheLunchBreak() {
        // A1 meets in s2 (last AM slot) and s3 (first PM slot): back to back, lunch is no slot.
        RuedaInstance in = Ruedas.sessions(2, 2).sharedTables(2)
                .participant(new Participant("A1", Role.ANCHOR, null, null, null, null, List.of("s1", "s4")))
                .supplier("P1", null).supplier("P2", null)
                .request("A1", "P1", 1).request("A1", "P2", 1).build();
        Agenda agenda = schedule(in);
        Map<String, String> slots = agenda.meetings().stream().collect(Collectors.toMap(Meeting::b, Meeting::slot));
        assertEquals(2, slots.size());
        assertEquals(0, agenda.stats().idleGaps());
    }

    @Test
    void reportsTheInstanceProblemsInsteadOfScheduling() {
        RuedaInstance in = Ruedas.slots(2).sharedTables(1).supplier("P1", null).request("P1", "P9", 1).build();
        InvalidRuedaException e = assertThrows(InvalidRuedaException.class, () -> RuedaScheduler.schedule(in, Ruedas.fast()));
        assertEquals(List.of("La solicitud 1 (P1–P9) menciona al participante desconocido P9"), e.problems());
    }
}
