package co.encadena.matching.scheduling.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScheduleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheAgendaToStdoutAndExitsZero() throws Exception {
        Path in = Files.writeString(dir.resolve("rueda.json"), co.encadena.matching.scheduling.io.RuedaJsonTest.SPEC_EXAMPLE);
        assertEquals(0, run(in.toString(), "--time-limit", "5"));
        String agenda = out.toString(StandardCharsets.UTF_8);
        assertTrue(agenda.contains("{\"a\":\"A1\",\"b\":\"P7\",\"slot\":\"s02\",\"table\":\"M01\"}"), agenda);
        assertTrue(agenda.contains("\"optimal\":true"), agenda);
    }

    @Test
    void writesTheAgendaToTheOutputFileWhenGiven() throws Exception {
        Path in = Files.writeString(dir.resolve("rueda.json"), co.encadena.matching.scheduling.io.RuedaJsonTest.SPEC_EXAMPLE);
        Path agenda = dir.resolve("agenda.json");
        assertEquals(0, run(in.toString(), agenda.toString()));
        assertTrue(Files.readString(agenda).startsWith("{\"meetings\": ["));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsTwoWithTheReasonsWhenTheInstanceIsInvalid() throws Exception {
        Path in = Files.writeString(dir.resolve("rueda.json"), """
                {"slots": [{"id": "s1"}], "participants": [{"id": "A1", "role": "ANCHOR"}],
                 "requests": [{"a": "A1", "b": "P9"}]}
                """);
        assertEquals(2, run(in.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("La solicitud 1 (A1–P9) menciona al participante desconocido P9"));
    }

    @Test
    void exitsTwoWhenTheMandatoryMeetingsDoNotFit() throws Exception {
        Path in = Files.writeString(dir.resolve("rueda.json"), """
                {"slots": [{"id": "s1"}], "tables": [{"id": "M1"}],
                 "participants": [{"id": "A1", "role": "ANCHOR"}, {"id": "P1", "role": "SUPPLIER"},
                                  {"id": "P2", "role": "SUPPLIER"}],
                 "requests": [{"a": "A1", "b": "P1", "mandatory": true}, {"a": "A1", "b": "P2", "mandatory": true}]}
                """);
        assertEquals(2, run(in.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("A1 tiene 2 reuniones obligatorias pero solo 1 horarios disponibles"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsTwoWhenTheFileIsMissing() {
        assertEquals(2, run(dir.resolve("no-existe.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("No existe el archivo"));
    }
}
