package co.encadena.api.ruedas.documents;

import static co.encadena.api.ruedas.documents.AgendaFixtures.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class AgendaSpreadsheetTest {

    private static final List<String> HEADER = List.of("Franja", "Inicio", "Fin", "Mesa", "Nombre de la mesa",
            "Empresa A", "NIT empresa A", "Rol empresa A", "Empresa B", "NIT empresa B", "Rol empresa B", "Estado", "Fijada");

    private static final AgendaExportRow SCHEDULED = new AgendaExportRow("S1-01",
            Instant.parse("2026-12-02T14:00:00Z"), Instant.parse("2026-12-02T14:20:00Z"), "M04", "Mesa 4",
            "Almacenes Éxito S.A.", "890900608-9", "ANCHOR", "Lácteos La Esperanza S.A.S.", "900123456-7", "SUPPLIER",
            "SCHEDULED", true);
    private static final AgendaExportRow CANCELLED = new AgendaExportRow("S2-02",
            Instant.parse("2026-12-03T13:20:00Z"), Instant.parse("2026-12-03T13:40:00Z"), "M07", null,
            "Frutas Tropicales Peñón S.A.S.", null, "ALLY", "Cooperativa Agropecuaria Ñame del Sinú", "800456789-1", "SUPPLIER",
            "CANCELLED", false);
    /** Names a spreadsheet would run as formulas if they were written as they are. */
    private static final AgendaExportRow HOSTILE = new AgendaExportRow("=1+1",
            Instant.parse("2026-12-03T14:00:00Z"), Instant.parse("2026-12-03T14:20:00Z"), "M01", "-Mesa",
            "=HYPERLINK(\"http://x.example\",\"clic\")", "+57 300", "ANCHOR", "@SUM(A1)", "\tNIT", "PARTNER",
            "UNKNOWN", false);

    private final AgendaSpreadsheet spreadsheets = new AgendaSpreadsheet(new Messages());

    @Test
    void csvStartsWithAByteOrderMarkSoExcelShowsTheAccents() {
        byte[] csv = spreadsheets.csv(List.of(SCHEDULED), BOGOTA);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void csvHasSpanishHeadersAndOneRowPerMeetingWithLocalTimesAndTranslatedValues() throws IOException {
        List<CSVRecord> records = readCsv(spreadsheets.csv(List.of(SCHEDULED, CANCELLED), BOGOTA), ',');

        assertEquals(HEADER, records.get(0).toList());
        assertEquals(List.of("S1-01", "2026-12-02 09:00", "2026-12-02 09:20", "M04", "Mesa 4", "Almacenes Éxito S.A.",
                "890900608-9", "Ancla", "Lácteos La Esperanza S.A.S.", "900123456-7", "Proveedor", "Programada", "sí"),
                records.get(1).toList());
        assertEquals(List.of("S2-02", "2026-12-03 08:20", "2026-12-03 08:40", "M07", "", "Frutas Tropicales Peñón S.A.S.",
                "", "Aliado", "Cooperativa Agropecuaria Ñame del Sinú", "800456789-1", "Proveedor", "Cancelada", "no"),
                records.get(2).toList());
        assertEquals(3, records.size());
    }

    @Test
    void csvTakesTheSeparatorExcelInSpanishExpects() throws IOException {
        List<CSVRecord> records = readCsv(spreadsheets.csv(List.of(SCHEDULED), BOGOTA, ';'), ';');

        assertEquals(HEADER, records.get(0).toList());
        assertEquals("Almacenes Éxito S.A.", records.get(1).get(5));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaArePrefixedWithAnApostrophe() throws IOException {
        CSVRecord row = readCsv(spreadsheets.csv(List.of(HOSTILE), BOGOTA), ',').get(1);

        assertEquals("'=1+1", row.get(0));
        assertEquals("'-Mesa", row.get(4));
        assertEquals("'=HYPERLINK(\"http://x.example\",\"clic\")", row.get(5));
        assertEquals("'+57 300", row.get(6));
        assertEquals("'@SUM(A1)", row.get(8));
        assertEquals("'\tNIT", row.get(9));
        assertEquals("PARTNER", row.get(10), "an unknown role is shown as it is");
        assertEquals("UNKNOWN", row.get(11), "an unknown state is shown as it is");
    }

    @Test
    void xlsxHasTheSameColumnsWithStartAndEndAsDateTimeCellsInTheRuedasZone() throws IOException {
        byte[] xlsx = spreadsheets.xlsx(List.of(SCHEDULED, CANCELLED), BOGOTA);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Agenda", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            Row header = rows.get(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertEquals(HEADER.get(c), header.getCellAsString(c).orElseThrow());
            }
            Row first = rows.get(1);
            assertEquals("S1-01", first.getCellAsString(0).orElseThrow());
            assertEquals(LocalDateTime.of(2026, 12, 2, 9, 0), first.getCellAsDate(1).orElseThrow());
            assertEquals(LocalDateTime.of(2026, 12, 2, 9, 20), first.getCellAsDate(2).orElseThrow());
            assertEquals("Almacenes Éxito S.A.", first.getCellAsString(5).orElseThrow());
            assertEquals("Ancla", first.getCellAsString(7).orElseThrow());
            assertEquals("Programada", first.getCellAsString(11).orElseThrow());
            assertEquals("sí", first.getCellAsString(12).orElseThrow());
            Row second = rows.get(2);
            assertEquals(LocalDateTime.of(2026, 12, 3, 8, 20), second.getCellAsDate(1).orElseThrow());
            assertEquals("Cooperativa Agropecuaria Ñame del Sinú", second.getCellAsString(8).orElseThrow());
            assertEquals("Cancelada", second.getCellAsString(11).orElseThrow());
        }
    }

    @Test
    void xlsxFreezesTheHeaderRowAndFormatsTimesAsDateAndHour() throws IOException {
        String sheet = entry(spreadsheets.xlsx(List.of(SCHEDULED), BOGOTA), "xl/worksheets/sheet1.xml");
        String styles = entry(spreadsheets.xlsx(List.of(SCHEDULED), BOGOTA), "xl/styles.xml");

        assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), sheet);
        assertTrue(sheet.contains("<autoFilter"), sheet);
        assertTrue(sheet.contains("<col "), "column widths are set");
        assertTrue(styles.contains("yyyy-mm-dd hh:mm"), styles);
    }

    @Test
    void xlsxKeepsFormulaLikeNamesAsPlainText() throws IOException {
        byte[] xlsx = spreadsheets.xlsx(List.of(HOSTILE), BOGOTA);

        assertFalse(entry(xlsx, "xl/worksheets/sheet1.xml").contains("<f>"), "no formula cells");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertEquals("=HYPERLINK(\"http://x.example\",\"clic\")", row.getCellAsString(5).orElseThrow());
            assertEquals("=1+1", row.getCellAsString(0).orElseThrow());
        }
    }

    @Test
    void anEmptyAgendaStillHasItsHeader() throws IOException {
        assertEquals(1, readCsv(spreadsheets.csv(List.of(), BOGOTA), ',').size());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(spreadsheets.xlsx(List.of(), BOGOTA)))) {
            assertEquals(1, workbook.getFirstSheet().read().size());
        }
    }

    private static List<CSVRecord> readCsv(byte[] csv, char delimiter) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    /** One part of the workbook, read through the zip's central directory as Excel does. */
    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("agenda", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                assertNotNull(entry, name + " not in the workbook");
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
