package co.encadena.api.ruedas.documents;

import co.encadena.api.common.Messages;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The attendance sheets venue staff keep at the tables: one page per table (more when its meetings do not fit),
 * naming the table and who hosts it, then each meeting's time and both organizations with an empty cell beside
 * each for the signature of whoever came. Rows are in time order under a header per day; the column headings
 * repeat on every page.
 */
@Singleton
public final class TableSheetsPdf {

    /** Tall enough to sign in. */
    static final float ROW_HEIGHT = 40f;

    private final AgendaText text;

    public TableSheetsPdf(Messages messages) {
        this.text = new AgendaText(messages);
    }

    public byte[] render(String ruedaName, String venue, ZoneId zone, List<TableSheet> sheets) {
        Objects.requireNonNull(ruedaName, "table sheets need the rueda's name");
        Objects.requireNonNull(zone, "table sheets need the rueda's time zone");
        PdfKit kit = new PdfKit();
        String place = AgendaPdf.joinWith(" · ", ruedaName, venue);
        List<TableSheet> tables = sheets == null ? List.of() : sheets;
        return kit.write(page -> text.get("agenda.doc.sheets.footer", place, page),
                document -> {
                    if (tables.isEmpty()) {
                        document.add(new Paragraph(place, kit.muted));
                        document.add(new Paragraph(text.get("agenda.doc.sheets.noTables"), kit.body));
                        return;
                    }
                    boolean first = true;
                    for (TableSheet sheet : tables) {
                        if (!first) {
                            document.newPage();
                        }
                        first = false;
                        sheet(document, kit, place, zone, sheet);
                    }
                });
    }

    private void sheet(Document document, PdfKit kit, String place, ZoneId zone, TableSheet sheet) {
        document.add(new Paragraph(place, kit.muted));
        document.add(new Paragraph(text.get("agenda.doc.sheets.title", sheet.tableLabel()), kit.title));
        Paragraph owner = new Paragraph(AgendaText.present(sheet.ownerName())
                ? text.get("agenda.doc.sheets.owner", sheet.ownerName()) : text.get("agenda.doc.sheets.shared"), kit.heading);
        owner.setSpacingAfter(10);
        document.add(owner);
        if (sheet.rows().isEmpty()) {
            document.add(new Paragraph(text.get("agenda.doc.sheets.noMeetings"), kit.body));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {16, 29, 13, 29, 13});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(kit.header(text.get("agenda.doc.sheets.column.time")));
        table.addCell(kit.header(text.get("agenda.doc.sheets.column.partyA")));
        table.addCell(kit.header(text.get("agenda.doc.sheets.column.attended")));
        table.addCell(kit.header(text.get("agenda.doc.sheets.column.partyB")));
        table.addCell(kit.header(text.get("agenda.doc.sheets.column.attended")));
        LocalDate day = null;
        List<TableSheetRow> rows = sheet.rows().stream().sorted(Comparator.comparing(TableSheetRow::startsAt)).toList();
        for (TableSheetRow row : rows) {
            LocalDate date = text.date(row.startsAt(), zone);
            if (!date.equals(day)) {
                day = date;
                table.addCell(kit.dayRow(text.day(date), 5));
            }
            table.addCell(tall(kit, new Phrase(text.timeRange(row.startsAt(), row.endsAt(), zone), kit.body)));
            table.addCell(tall(kit, party(kit, row.partyA(), row.partyANit())));
            table.addCell(tall(kit, new Phrase("")));
            table.addCell(tall(kit, party(kit, row.partyB(), row.partyBNit())));
            table.addCell(tall(kit, new Phrase("")));
        }
        document.add(table);
    }

    private Phrase party(PdfKit kit, String name, String nit) {
        Phrase phrase = new Phrase(nullToEmpty(name), kit.body);
        if (AgendaText.present(nit)) {
            phrase.add(new Chunk("\n" + text.get("agenda.doc.counterpart.nit", nit), kit.small));
        }
        return phrase;
    }

    private static PdfPCell tall(PdfKit kit, Phrase phrase) {
        PdfPCell cell = kit.cell(phrase);
        cell.setMinimumHeight(ROW_HEIGHT);
        return cell;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
