package co.encadena.api.ruedas.documents;

import static co.encadena.api.ruedas.documents.AgendaFixtures.WITH_EXITO;
import static co.encadena.api.ruedas.documents.AgendaFixtures.agenda;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.Messages;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaPdfTest {

    private final AgendaPdf pdfs = new AgendaPdf(new Messages());

    @Test
    void showsTheRuedaTheParticipantAndEachMeetingWithItsTimeInBogota() throws Exception {
        String text = String.join("\n", PdfPages.text(pdfs.render(agenda())));

        for (String expected : List.of(AgendaFixtures.RUEDA_NAME, "Lugar: Centro de Convenciones Julio César Turbay, Cartagena de Indias",
                "Lácteos La Esperanza S.A.S.", "NIT 900123456-7",
                "09:00–09:20", "Mesa 4", "Almacenes Éxito S.A.", "NIT: 890900608-9", "María José Núñez", "+57 604 339 6565",
                "10:00–10:20", "Mesa 12", "Cooperativa Agropecuaria Ñame del Sinú",
                "Frutas Tropicales Peñón S.A.S.")) {
            assertTrue(text.contains(expected), () -> "«" + expected + "» missing from:\n" + text);
        }
        assertFalse(text.contains("14:00"), "times are in the rueda's zone, not UTC");
    }

    @Test
    void meetingsAreInTimeOrderUnderAHeaderPerDay() throws Exception {
        String text = String.join("\n", PdfPages.text(pdfs.render(agenda())));

        int wednesday = text.indexOf("miércoles 2 de diciembre de 2026");
        int exito = text.indexOf("Almacenes Éxito S.A.");
        int cooperativa = text.indexOf("Cooperativa Agropecuaria Ñame del Sinú");
        int thursday = text.indexOf("jueves 3 de diciembre de 2026");
        int penon = text.indexOf("Frutas Tropicales Peñón S.A.S.");
        assertTrue(wednesday >= 0 && wednesday < exito && exito < cooperativa && cooperativa < thursday && thursday < penon, text);
    }

    @Test
    void cancelledMeetingsAreMarkedCancelledAndNotCounted() throws Exception {
        String text = String.join("\n", PdfPages.text(pdfs.render(agenda())));

        assertTrue(text.contains("08:20–08:40"), text);
        assertTrue(text.contains("Cancelada"), text);
        assertTrue(text.contains("Sus reuniones (2)"), text);
    }

    @Test
    void theCheckInQrCodeScansToTheCheckInCodeWhichIsAlsoPrinted() throws Exception {
        byte[] pdf = pdfs.render(agenda());

        List<PdfPages.RawImage> images = PdfPages.images(pdf);
        assertEquals(1, images.size());
        assertEquals("ENC-7Q4K-2M9X", scan(images.get(0)));
        String text = String.join("\n", PdfPages.text(pdf));
        assertTrue(text.contains("Código de ingreso"), text);
        assertTrue(text.contains("ENC-7Q4K-2M9X"), text);
    }

    @Test
    void anAgendaWithoutACheckInCodeHasNoQrCode() throws Exception {
        CarriedAgenda base = agenda(WITH_EXITO);
        CarriedAgenda withoutCode = new CarriedAgenda(base.ruedaId(), base.ruedaName(), base.venue(), base.municipalityName(),
                base.zone(), base.participant(), null, null, base.meetings(), base.generatedAt());

        byte[] pdf = pdfs.render(withoutCode);

        assertTrue(PdfPages.images(pdf).isEmpty());
        assertFalse(String.join("\n", PdfPages.text(pdf)).contains("Código de ingreso"));
    }

    @Test
    void everyPageSaysWhenTheAgendaWasGeneratedInTheRuedasZone() throws Exception {
        List<String> pages = PdfPages.text(pdfs.render(agenda()));

        assertTrue(pages.get(0).contains("Generado el 1 de diciembre de 2026, 18:30 (hora de Colombia) · página 1"), pages.get(0));
    }

    @Test
    void aLongAgendaFlowsOntoMorePagesOfA4Portrait() throws Exception {
        CarriedMeeting[] meetings = new CarriedMeeting[40];
        for (int i = 0; i < meetings.length; i++) {
            meetings[i] = new CarriedMeeting("m" + i + "@encadena-match", 0,
                    WITH_EXITO.startsAt().plusSeconds(1200L * i), WITH_EXITO.endsAt().plusSeconds(1200L * i),
                    "S" + i, "M" + i, "Mesa " + i, WITH_EXITO.counterpart(), MeetingState.SCHEDULED, null);
        }
        byte[] pdf = pdfs.render(agenda(meetings));

        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() > 1);
        Rectangle size = reader.getPageSize(1);
        assertEquals(PageSize.A4.getWidth(), size.getWidth(), 0.5);
        assertEquals(PageSize.A4.getHeight(), size.getHeight(), 0.5);
        reader.close();
        List<String> pages = PdfPages.text(pdf);
        assertTrue(pages.get(1).contains("Con quién"), "the column headings repeat on every page");
        assertTrue(pages.get(pages.size() - 1).contains("página " + pages.size()));
    }

    @Test
    void anAgendaWithoutMeetingsSaysSo() throws Exception {
        String text = String.join("\n", PdfPages.text(pdfs.render(agenda(new CarriedMeeting[0]))));

        assertTrue(text.contains("Aún no tiene reuniones programadas."), text);
    }

    /** Reads the QR code back as a scanner would, from the grey-scale image in the PDF, scaled up. */
    private static String scan(PdfPages.RawImage image) throws Exception {
        assertEquals(8, image.bitsPerComponent());
        int scale = 4;
        int w = image.width() * scale;
        int h = image.height() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = x / scale;
                int sy = y / scale;
                int grey = image.data()[sy * image.width() + sx] & 0xFF;
                pixels[y * w + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
