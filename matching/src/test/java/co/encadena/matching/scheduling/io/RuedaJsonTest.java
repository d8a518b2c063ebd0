package co.encadena.matching.scheduling.io;

import co.encadena.matching.scheduling.InvalidRuedaException;
import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.AgendaStats;
import co.encadena.matching.scheduling.model.Meeting;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.UnscheduledRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class RuedaJsonTest {
    public static final String SPEC_EXAMPLE = """
            {"name": "Rueda EnCadena Medellín", "timezone": "America/Bogota",
             "sessions": [{"id": "AM", "slots": ["s01", "s02", "s03"]}, {"id": "PM", "slots": ["s04", "s05"]}],
             "slots": [{"id": "s01", "start": "2026-12-03T09:00:00-05:00", "end": "2026-12-03T09:20:00-05:00"},
                       {"id": "s02", "start": "2026-12-03T09:20:00-05:00", "end": "2026-12-03T09:40:00-05:00"},
                       {"id": "s03", "start": "2026-12-03T09:40:00-05:00", "end": "2026-12-03T10:00:00-05:00"},
                       {"id": "s04", "start": "2026-12-03T14:00:00-05:00", "end": "2026-12-03T14:20:00-05:00"},
                       {"id": "s05", "start": "2026-12-03T14:20:00-05:00", "end": "2026-12-03T14:40:00-05:00"}],
             "tables": [{"id": "M01", "name": "Mesa 1"}, {"id": "M02", "name": "Mesa 2"}],
             "participants": [
               {"id": "A1", "role": "ANCHOR", "nit": "890900608-9", "maxMeetings": 12, "table": "M01",
                "unavailableSlots": ["s03"]},
               {"id": "P7", "role": "SUPPLIER", "nit": "900123456-8", "maxMeetings": 6, "sessions": ["AM"]},
               {"id": "P9", "role": "SUPPLIER", "nit": "900123457-6", "maxMeetings": 6, "extra": "ignored"}],
             "requests": [
               {"a": "A1", "b": "P7", "requestedBy": "BOTH", "weight": 3, "mandatory": false, "session": null},
               {"a": "P7", "b": "P9", "requestedBy": "ORGANIZER", "weight": 1, "mandatory": true}],
             "locked": [{"a": "A1", "b": "P7", "slot": "s02", "table": "M01"}]}
            """;

    @Test
    void readsTheSpecExampleAndIgnoresUnknownFields() {
        RuedaInstance in = RuedaJson.readInstance(SPEC_EXAMPLE);
        assertEquals(2, in.sessions().size());
        assertEquals(5, in.slots().size());
        assertEquals(Role.ANCHOR, in.participants().get(0).role());
        assertEquals("M01", in.participants().get(0).table());
        assertEquals(List.of("AM"), in.participants().get(1).sessions());
        assertEquals(3, in.requests().get(0).weight());
        assertTrue(in.requests().get(1).mandatory());
        assertEquals("s02", in.locked().get(0).slot());
    }

    @Test
    void reportsEveryWrongFieldWithItsPath() {
        InvalidRuedaException e = assertThrows(InvalidRuedaException.class, () -> RuedaJson.readInstance("""
                {"participants": [{"id": "A1", "role": "JEFE", "maxMeetings": 2.5}],
                 "requests": [{"a": "A1", "b": 7, "weight": "alto"}]}
                """));
        assertEquals(List.of(
                "participants[0].role: rol desconocido \"JEFE\" (ANCHOR, SUPPLIER o ALLY)",
                "participants[0].maxMeetings: debe ser un número entero, no 2.5",
                "requests[0].weight: debe ser un número entero, no alto",
                "requests[0].b: debe ser un texto, no 7"), e.problems());
    }

    @Test
    void rejectsTextThatIsNotJson() {
        InvalidRuedaException e = assertThrows(InvalidRuedaException.class, () -> RuedaJson.readInstance("{\"name\": "));
        assertTrue(e.getMessage().startsWith("El archivo no es un JSON válido"), e.getMessage());
    }

    @Test
    void writesAnAgendaThatReadsBackTheSame() throws Exception {
        Agenda agenda = new Agenda(List.of(new Meeting("A1", "P7", "s01", "M01")),
                List.of(new UnscheduledRequest("A3", "P2", "A3 ya tiene 12 reuniones (máximo)")),
                new AgendaStats(2, 1, 3, 1, "MAX_FLOW", 3, 0.0, 0, 1, 1, 35, true, true, "EXACT_FLOW"));
        assertEquals(agenda, RuedaJson.readAgenda(RuedaJson.writeAgenda(agenda)));
    }
}
