package co.encadena.api.ruedas.documents;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What a person would read in a PDF: its pages' text and its images. */
final class PdfPages {

    record RawImage(int width, int height, int bitsPerComponent, byte[] data) {
    }

    private PdfPages() {
    }

    static List<String> text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    static List<RawImage> images(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<RawImage> images = new ArrayList<>();
            for (int i = 0; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                    images.add(new RawImage(stream.getAsNumber(PdfName.WIDTH).intValue(),
                            stream.getAsNumber(PdfName.HEIGHT).intValue(),
                            stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue(),
                            PdfReader.getStreamBytes(stream)));
                }
            }
            return images;
        } finally {
            reader.close();
        }
    }
}
