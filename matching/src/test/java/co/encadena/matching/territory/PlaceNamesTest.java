package co.encadena.matching.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "MEDELLÍN | Medellín",
            "SAN ANDRÉS DE TUMACO | San Andrés de Tumaco",
            "BOGOTÁ, D.C. | Bogotá, D.C.",
            "ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA | Archipiélago de San Andrés, Providencia y Santa Catalina",
            "PIENDAMÓ - TUNÍA | Piendamó - Tunía",
            "LA GUAJIRA | La Guajira",
            "EL CARMEN DE VIBORAL | El Carmen de Viboral",
            "VALLE DEL CAUCA | Valle del Cauca",
            "GÜICÁN DE LA SIERRA | Güicán de la Sierra",
            "NORTE DE SANTANDER | Norte de Santander",
    })
    void writesOfficialUpperCaseNamesTheWayPeopleDo(String official, String expected) {
        assertEquals(expected, PlaceNames.displayName(official));
    }

    @Test
    void collapsesRepeatedSpaces() {
        assertEquals("Santa Fé de Antioquia", PlaceNames.displayName("  SANTA   FÉ DE ANTIOQUIA "));
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> PlaceNames.displayName(null));
    }
}
