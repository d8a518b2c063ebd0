package co.encadena.matching.scheduling;

import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per validation rule; each message names the bad value. */
class RuedaValidatorTest {

    private static List<String> problems(RuedaInstance in) {
        return RuedaValidator.problems(in);
    }

    @Test
    void acceptsAConsistentRueda() {
        assertEquals(List.of(), problems(Ruedas.slots(2).sharedTables(1).anchor("A1", 4, "PA").supplier("P1", 2)
                .request("A1", "P1", 1).lock("A1", "P1", "s1", "PA").build()));
    }

    @Test
    void rejectsAnUnknownParticipantInARequest() {
        assertEquals(List.of("La solicitud 1 (A1–P9) menciona al participante desconocido P9"),
                problems(Ruedas.slots(1).anchor("A1", null, null).request("A1", "P9", 1).build()));
    }

    @Test
    void rejectsDuplicateIds() {
        List<String> found = problems(Ruedas.slots(1).sharedTables(1).sharedTables(1).supplier("P1", null)
                .supplier("P1", null).build());
        assertTrue(found.contains("La mesa M1 está repetida"), found.toString());
        assertTrue(found.contains("El participante P1 está repetido"), found.toString());
    }

    @Test
    void rejectsASlotThatBelongsToNoSession() {
        RuedaInstance in = new RuedaInstance("r", null, List.of(new Session("AM", List.of("s1"))),
                List.of(new Slot("s1", null, null), new Slot("s2", null, null)), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("El slot s2 no pertenece a ninguna sesión"), problems(in));
    }

    @Test
    void rejectsASessionThatNamesAnUndeclaredSlot() {
        RuedaInstance in = new RuedaInstance("r", null, List.of(new Session("AM", List.of("s1", "s9"))),
                List.of(new Slot("s1", null, null)), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("La sesión AM menciona el slot s9, que no está en slots"), problems(in));
    }

    @Test
    void rejectsTheSamePairRequestedTwice() {
        List<String> found = problems(Ruedas.slots(2).supplier("P1", null).supplier("P2", null)
                .request("P1", "P2", 1).request("P2", "P1", 3).build());
        assertEquals(List.of("La solicitud 2 (P2–P1) repite una solicitud entre P2 y P1 (solo se agenda una reunión por pareja)"), found);
    }

    @Test
    void rejectsATableOwnedByTwoParticipants() {
        RuedaInstance in = new RuedaInstance("r", null, List.of(), List.of(new Slot("s1", null, null)),
                List.of(new Table("M1", null)), List.of(
                        new Participant("A1", Role.ANCHOR, null, null, "M1", null, null),
                        new Participant("A2", Role.ANCHOR, null, null, "M1", null, null)), List.of(), List.of());
        assertEquals(List.of("La mesa M1 está asignada a dos participantes: A1 y A2"), problems(in));
    }

    @Test
    void rejectsALockWithoutARequest() {
        assertEquals(List.of("El bloqueo A1–P1 en s1 no corresponde a ninguna solicitud"),
                problems(Ruedas.slots(2).sharedTables(1).anchor("A1", null, null).supplier("P1", null)
                        .lock("A1", "P1", "s1", "M1").build()));
    }

    @Test
    void rejectsTwoLocksOfOneParticipantInOneSlot() {
        List<String> found = problems(Ruedas.slots(2).sharedTables(2).anchor("A1", null, null).supplier("P1", null)
                .supplier("P2", null).request("A1", "P1", 1).request("A1", "P2", 1)
                .lock("A1", "P1", "s1", "M1").lock("A1", "P2", "s1", "M2").build());
        assertEquals(List.of("El bloqueo A1–P2 en s1: A1 ya tiene la reunión bloqueada A1–P1 en ese slot"), found);
    }

    @Test
    void rejectsTwoLocksAtOneTableInOneSlot() {
        List<String> found = problems(Ruedas.slots(2).sharedTables(2).supplier("P1", null).supplier("P2", null)
                .supplier("P3", null).supplier("P4", null).request("P1", "P2", 1).request("P3", "P4", 1)
                .lock("P1", "P2", "s1", "M1").lock("P3", "P4", "s1", "M1").build());
        assertEquals(List.of("El bloqueo P3–P4 en s1: la mesa M1 ya la usa la reunión bloqueada P1–P2"), found);
    }

    @Test
    void rejectsALockInASlotWhereAParticipantIsUnavailable() {
        RuedaInstance in = Ruedas.slots(2).sharedTables(1).anchor("A1", null, null)
                .participant(new Participant("P1", Role.SUPPLIER, null, null, null, null, List.of("s1")))
                .request("A1", "P1", 1).lock("A1", "P1", "s1", null).build();
        assertEquals(List.of("El bloqueo A1–P1 en s1: P1 no está disponible en ese slot"), problems(in));
    }

    @Test
    void rejectsALockAtAnotherParticipantsOwnTable() {
        List<String> found = problems(Ruedas.slots(2).sharedTables(1).anchor("A1", null, "PA").supplier("P1", null)
                .supplier("P2", null).request("P1", "P2", 1).lock("P1", "P2", "s1", "PA").build());
        assertEquals(List.of("El bloqueo P1–P2 en s1: la mesa PA es propia de A1"), found);
    }

    @Test
    void rejectsAnOwnersLockAwayFromItsTable() {
        List<String> found = problems(Ruedas.slots(2).sharedTables(1).anchor("A1", null, "PA").supplier("P1", null)
                .request("A1", "P1", 1).lock("A1", "P1", "s1", "M1").build());
        assertEquals(List.of("El bloqueo A1–P1 en s1: debe ser en la mesa propia PA, no en M1"), found);
    }

    @Test
    void rejectsMoreLocksThanAParticipantsCap() {
        List<String> found = problems(Ruedas.slots(3).sharedTables(2).anchor("A1", 1, null).supplier("P1", null)
                .supplier("P2", null).request("A1", "P1", 1).request("A1", "P2", 1)
                .lock("A1", "P1", "s1", null).lock("A1", "P2", "s2", null).build());
        assertEquals(List.of("A1 tiene más reuniones bloqueadas que su máximo (1)"), found);
    }

    @Test
    void rejectsNegativeCapsAndWeights() {
        List<String> found = problems(Ruedas.slots(1).sharedTables(1).supplier("P1", -1).supplier("P2", null)
                .request("P1", "P2", -4).build());
        assertEquals(List.of("El participante P1 tiene maxMeetings negativo: -1",
                "La solicitud 1 (P1–P2) tiene peso negativo: -4"), found);
    }
}
