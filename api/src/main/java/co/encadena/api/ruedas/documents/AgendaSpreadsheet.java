package co.encadena.api.ruedas.documents;

import co.encadena.api.common.Messages;
import co.encadena.api.imports.format.CsvCells;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A rueda's agenda for organizers, one meeting per row in the order given, as CSV and as XLSX with the same
 * Spanish columns. Times are local to the rueda's zone. Roles and states are translated; "Fijada" says whether
 * organizers pinned the meeting.
 *
 * <p>The CSV is UTF-8 with a byte order mark, so Excel shows accents, and its cells are protected against formula
 * injection the way every export of the application is ({@link CsvCells#neutralize}). The XLSX needs no such
 * protection: fastexcel writes every value as a string or number cell, never as a formula.
 */
@Singleton
public final class AgendaSpreadsheet {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final List<String> COLUMNS = List.of("slot", "startsAt", "endsAt", "tableCode", "tableName",
            "partyAName", "partyANit", "partyARole", "partyBName", "partyBNit", "partyBRole", "state", "locked");
    /** Column widths in characters, in the order of {@link #COLUMNS}. */
    private static final double[] WIDTHS = {10, 17, 17, 8, 20, 34, 14, 12, 34, 14, 12, 12, 8};
    private static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final String XLSX_DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final String HEADER_FILL = "E8EEF4";

    private final AgendaText text;

    public AgendaSpreadsheet(Messages messages) {
        this.text = new AgendaText(messages);
    }

    /** The agenda as comma-separated values. */
    public byte[] csv(List<AgendaExportRow> rows, ZoneId zone) {
        return csv(rows, zone, ',');
    }

    /** The agenda as CSV with the given separator (Excel in Spanish expects ";"). */
    public byte[] csv(List<AgendaExportRow> rows, ZoneId zone, char delimiter) {
        Objects.requireNonNull(zone, "an agenda export needs the rueda's time zone");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header());
            for (AgendaExportRow row : rows) {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                for (Object value : values(row, zone)) {
                    cells.add(CsvCells.neutralize(value instanceof LocalDateTime t ? CSV_DATE_TIME.format(t) : (String) value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The agenda as an Excel workbook: bold, frozen header with filters; start and end as date-time cells. */
    public byte[] xlsx(List<AgendaExportRow> rows, ZoneId zone) {
        Objects.requireNonNull(zone, "an agenda export needs the rueda's time zone");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "EnCadena Match", "1.0");
            Worksheet sheet = workbook.newWorksheet(text.get("agenda.doc.sheet.name"));
            List<String> header = header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.width(c, WIDTHS[c]);
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor(HEADER_FILL).set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (AgendaExportRow row : rows) {
                List<Object> values = values(row, zone);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof LocalDateTime t) {
                        sheet.value(r, c, t);
                        sheet.style(r, c).format(XLSX_DATE_TIME).set();
                    } else if (value != null) {
                        sheet.value(r, c, (String) value);
                    }
                }
                r++;
            }
            sheet.setAutoFilter(0, 0, header.size() - 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> header() {
        return COLUMNS.stream().map(c -> text.get("agenda.doc.column." + c)).toList();
    }

    /** One row's cells in the order of {@link #COLUMNS}: strings (null when absent) and local date-times. */
    private List<Object> values(AgendaExportRow row, ZoneId zone) {
        List<Object> values = new ArrayList<>(COLUMNS.size());
        values.add(row.slotCode());
        values.add(LocalDateTime.ofInstant(row.startsAt(), zone));
        values.add(LocalDateTime.ofInstant(row.endsAt(), zone));
        values.add(row.tableCode());
        values.add(row.tableName());
        values.add(row.partyAName());
        values.add(row.partyANit());
        values.add(text.role(row.partyARole()));
        values.add(row.partyBName());
        values.add(row.partyBNit());
        values.add(text.role(row.partyBRole()));
        values.add(text.state(row.state()));
        values.add(text.yesNo(row.locked()));
        return values;
    }
}
