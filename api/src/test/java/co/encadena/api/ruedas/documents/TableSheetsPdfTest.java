package co.encadena.api.ruedas.documents;

import static co.encadena.api.ruedas.documents.AgendaFixtures.BOGOTA;
import static co.encadena.api.ruedas.documents.AgendaFixtures.RUEDA_NAME;
import static co.encadena.api.ruedas.documents.AgendaFixtures.VENUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.Messages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSheetsPdfTest {

    private final TableSheetsPdf sheets = new TableSheetsPdf(new Messages());

    private static final TableSheet MESA_4 = new TableSheet("M04", "Mesa 4", "Almacenes Éxito S.A.", List.of(
            new TableSheetRow(Instant.parse("2026-12-02T14:20:00Z"), Instant.parse("2026-12-02T14:40:00Z"), "S1-02",
                    "Almacenes Éxito S.A.", "Panadería La Candelaria", "890900608-9", "901555666-2"),
            new TableSheetRow(Instant.parse("2026-12-02T14:00:00Z"), Instant.parse("2026-12-02T14:20:00Z"), "S1-01",
                    "Almacenes Éxito S.A.", "Lácteos La Esperanza S.A.S.", "890900608-9", "900123456-7")));
    private static final TableSheet MESA_12 = new TableSheet("M12", "Mesa 12", null, List.of(
            new TableSheetRow(Instant.parse("2026-12-03T13:20:00Z"), Instant.parse("2026-12-03T13:40:00Z"), "S2-02",
                    "Frutas Tropicales Peñón S.A.S.", "Cooperativa Agropecuaria Ñame del Sinú", null, "800456789-1")));

    @Test
    void eachTableGetsItsOwnPageWithItsHostAndMeetingsInBogotaTime() throws Exception {
        List<String> pages = PdfPages.text(sheets.render(RUEDA_NAME, VENUE, BOGOTA, List.of(MESA_4, MESA_12)));

        assertEquals(2, pages.size());
        // cells wrap long names: read as a person would, across line ends
        String first = pages.get(0).replaceAll("\\s+", " ");
        for (String expected : List.of("Planilla de asistencia: Mesa 4", "Mesa de Almacenes Éxito S.A.", "Hora", "Empresa A",
                "Empresa B", "Asistió", "miércoles 2 de diciembre de 2026", "09:00–09:20", "09:20–09:40",
                "Lácteos La Esperanza S.A.S.", "NIT: 900123456-7", "Panadería La Candelaria",
                RUEDA_NAME + " · " + VENUE + " · página 1")) {
            assertTrue(first.contains(expected), () -> "«" + expected + "» missing from:\n" + first);
        }
        assertTrue(first.indexOf("09:00–09:20") < first.indexOf("09:20–09:40"), "rows in time order");
        assertFalse(first.contains("Mesa 12"));
        String second = pages.get(1).replaceAll("\\s+", " ");
        for (String expected : List.of("Planilla de asistencia: Mesa 12", "Mesa compartida", "jueves 3 de diciembre de 2026",
                "08:20–08:40", "Frutas Tropicales Peñón S.A.S.", "Cooperativa Agropecuaria Ñame del Sinú")) {
            assertTrue(second.contains(expected), () -> "«" + expected + "» missing from:\n" + second);
        }
    }

    @Test
    void aTableWithoutMeetingsStillGetsItsPage() throws Exception {
        List<String> pages = PdfPages.text(sheets.render(RUEDA_NAME, null, BOGOTA,
                List.of(new TableSheet("M20", null, null, List.of()))));

        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("Planilla de asistencia: M20"), pages.get(0));
        assertTrue(pages.get(0).contains("No hay reuniones en esta mesa."), pages.get(0));
    }

    @Test
    void noTablesGiveOnePageSayingSo() throws Exception {
        List<String> pages = PdfPages.text(sheets.render(RUEDA_NAME, VENUE, BOGOTA, List.of()));

        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("No hay mesas con reuniones."), pages.get(0));
    }
}
