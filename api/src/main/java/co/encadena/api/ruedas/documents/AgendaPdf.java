package co.encadena.api.ruedas.documents;

import co.encadena.api.common.Messages;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;

/**
 * A participant's agenda as a PDF to print or keep on a phone: the rueda, the participant, the check-in QR code
 * (with its text, for when a scanner fails), and the meetings in time order under a header per day, each with its
 * time in the rueda's zone, its table and who the participant meets there. Cancelled meetings stay on the page,
 * marked, so nobody walks to a table that was freed.
 */
@Singleton
public final class AgendaPdf {

    static final float QR_SIZE = 128f;

    private final AgendaText text;

    public AgendaPdf(Messages messages) {
        this.text = new AgendaText(messages);
    }

    public byte[] render(CarriedAgenda agenda) {
        PdfKit kit = new PdfKit();
        String generated = text.moment(agenda.generatedAt(), agenda.zone());
        String zoneName = agenda.zone().getDisplayName(TextStyle.FULL, Messages.LOCALE);
        return kit.write(page -> text.get("agenda.doc.pdf.footer", generated, zoneName, page), document -> {
            heading(document, kit, agenda);
            if (AgendaText.present(agenda.checkInCode())) {
                document.add(checkIn(kit, agenda));
            }
            meetings(document, kit, agenda);
        });
    }

    private void heading(Document document, PdfKit kit, CarriedAgenda agenda) {
        document.add(new Paragraph(text.get("agenda.doc.pdf.title"), kit.muted));
        document.add(new Paragraph(agenda.ruedaName(), kit.title));
        String place = joinWith(", ", agenda.venue(), agenda.municipalityName());
        if (!place.isEmpty()) {
            document.add(new Paragraph(text.get("agenda.doc.pdf.venue", place), kit.body));
        }
        Paragraph participant = new Paragraph();
        participant.setSpacingBefore(10);
        participant.add(new Chunk(agenda.participant().name(), kit.heading));
        if (AgendaText.present(agenda.participant().nit())) {
            participant.add(new Chunk("   " + text.get("agenda.doc.pdf.participantNit", agenda.participant().nit()), kit.body));
        }
        document.add(participant);
    }

    /** The QR code on the left, its text and what to do with it on the right. */
    private PdfPTable checkIn(PdfKit kit, CarriedAgenda agenda) {
        PdfPTable box = new PdfPTable(new float[] {QR_SIZE + 8, 400});
        box.setWidthPercentage(100);
        box.setSpacingBefore(12);
        PdfPCell qr = new PdfPCell(CheckInQr.image(CheckInQr.matrix(agenda.checkInCode()), QR_SIZE), false);
        qr.setBorder(Rectangle.NO_BORDER);
        box.addCell(qr);
        PdfPCell about = new PdfPCell();
        about.setBorder(Rectangle.NO_BORDER);
        about.setVerticalAlignment(Element.ALIGN_MIDDLE);
        about.setPaddingLeft(12);
        about.addElement(new Paragraph(text.get("agenda.doc.pdf.checkIn"), kit.strong));
        about.addElement(new Paragraph(agenda.checkInCode(), kit.code));
        about.addElement(new Paragraph(text.get("agenda.doc.pdf.checkInHint"), kit.small));
        if (AgendaText.present(agenda.agendaUrl())) {
            about.addElement(new Paragraph(text.get("agenda.doc.pdf.onlineAgenda", agenda.agendaUrl()), kit.small));
        }
        box.addCell(about);
        return box;
    }

    private void meetings(Document document, PdfKit kit, CarriedAgenda agenda) {
        List<CarriedMeeting> meetings = agenda.meetings().stream()
                .sorted(Comparator.comparing(CarriedMeeting::startsAt).thenComparing(CarriedMeeting::uid))
                .toList();
        long active = meetings.stream().filter(m -> m.state() != MeetingState.CANCELLED).count();
        Paragraph title = new Paragraph(text.get("agenda.doc.pdf.meetings", active), kit.heading);
        title.setSpacingBefore(16);
        title.setSpacingAfter(6);
        document.add(title);
        if (meetings.isEmpty()) {
            document.add(new Paragraph(text.get("agenda.doc.pdf.noMeetings"), kit.body));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {22, 20, 58});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(kit.header(text.get("agenda.doc.pdf.column.time")));
        table.addCell(kit.header(text.get("agenda.doc.pdf.column.table")));
        table.addCell(kit.header(text.get("agenda.doc.pdf.column.counterpart")));
        LocalDate day = null;
        for (CarriedMeeting meeting : meetings) {
            LocalDate date = text.date(meeting.startsAt(), agenda.zone());
            if (!date.equals(day)) {
                day = date;
                table.addCell(kit.dayRow(text.day(date), 3));
            }
            row(table, kit, agenda, meeting);
        }
        document.add(table);
    }

    private void row(PdfPTable table, PdfKit kit, CarriedAgenda agenda, CarriedMeeting meeting) {
        boolean cancelled = meeting.state() == MeetingState.CANCELLED;
        Phrase time = new Phrase(text.timeRange(meeting.startsAt(), meeting.endsAt(), agenda.zone()), cancelled ? kit.muted : kit.strong);
        if (meeting.state() != MeetingState.SCHEDULED) {
            time.add(new Chunk("\n" + text.state(meeting.state().name()), kit.strong));
        }
        table.addCell(kit.cell(time));
        table.addCell(kit.cell(new Phrase(nullToEmpty(meeting.tableLabel()), cancelled ? kit.muted : kit.body)));
        Party p = meeting.counterpart();
        Phrase who = new Phrase(p.name(), cancelled ? kit.muted : kit.strong);
        String details = join(
                AgendaText.present(p.nit()) ? text.get("agenda.doc.counterpart.nit", p.nit()) : null,
                text.role(p.role()));
        if (!details.isEmpty()) {
            who.add(new Chunk("\n" + details, kit.small));
        }
        String contact = join(p.contactName(), p.contactPhone(), p.contactEmail());
        if (!contact.isEmpty()) {
            who.add(new Chunk("\n" + contact, kit.small));
        }
        table.addCell(kit.cell(who));
    }

    /** The present values, separated by " · ". */
    static String join(String... values) {
        return joinWith(" · ", values);
    }

    static String joinWith(String separator, String... values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            if (AgendaText.present(v)) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(v.strip());
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
