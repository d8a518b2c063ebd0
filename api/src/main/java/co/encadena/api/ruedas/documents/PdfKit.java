package co.encadena.api.ruedas.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;

/**
 * What the agenda PDFs share: A4 portrait, fonts, cells and a footer on every page.
 *
 * <p>The fonts are the PDF standard Helvetica with the WinAnsi (CP1252) encoding: every Spanish letter and sign
 * (á é í ó ú ü ñ ¿ ¡ – — « ») is in it, viewers and printers always have it, and nothing needs embedding, so an
 * agenda stays a few kilobytes for a phone. A character outside CP1252 would not print; names of Colombian
 * organizations do not need one.
 */
final class PdfKit {

    static final float MARGIN = 36f;
    static final Color SHADE = new Color(0xE8, 0xEE, 0xF4);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color LINE = new Color(0xB0, 0xB8, 0xC0);

    final Font title;
    final Font heading;
    final Font strong;
    final Font body;
    final Font small;
    final Font muted;
    final Font code;

    PdfKit() {
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        title = new Font(bold, 18);
        heading = new Font(bold, 13);
        strong = new Font(bold, 11);
        body = new Font(regular, 11);
        small = new Font(regular, 9);
        muted = new Font(regular, 9, Font.NORMAL, MUTED);
        code = new Font(font(BaseFont.COURIER_BOLD), 16);
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a document: A4 portrait, {@code footer.apply(page)} at the bottom of every page. */
    byte[] write(IntFunction<String> footer, PdfContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 18);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(footer.apply(w.getPageNumber()), muted),
                        (d.left() + d.right()) / 2, d.bottom() - 20, 0);
            }
        });
        document.open();
        try {
            content.addTo(document);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(6);
        cell.setBorderColor(LINE);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    PdfPCell header(String text) {
        PdfPCell cell = cell(new Phrase(text, strong));
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    /** A full-width row naming the day of the rows under it. */
    PdfPCell dayRow(String day, int columns) {
        PdfPCell cell = cell(new Phrase(day, heading));
        cell.setColspan(columns);
        cell.setBackgroundColor(SHADE);
        cell.setPaddingTop(8);
        cell.setPaddingBottom(8);
        return cell;
    }

    @FunctionalInterface
    interface PdfContent {
        void addTo(Document document) throws DocumentException;
    }
}
