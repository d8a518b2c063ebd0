package co.encadena.matching.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NitTest {

    @ParameterizedTest
    @ValueSource(strings = {"900123456-8", "890900608-9", "860002964-4", "899999068-1"})
    void acceptsNitsWhoseCheckDigitIsRight(String text) {
        assertEquals(text, Nit.parse(text).toString());
    }

    @Test
    void ignoresTheDotsPeopleType() {
        assertEquals("900123456-8", Nit.parse("900.123.456-8").toString());
    }

    @Test
    void rejectsAWrongCheckDigitAndSaysSo() {
        Nit.InvalidNitException e = assertThrows(Nit.InvalidNitException.class, () -> Nit.parse("900123456-7"));
        assertEquals(Nit.Problem.CHECK_DIGIT, e.problem());
        assertEquals("900123456-7", e.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "900123456", "90012345A-8", "900123456-88", "12-3"})
    void rejectsMalformedText(String text) {
        assertEquals(Nit.Problem.FORMAT, assertThrows(Nit.InvalidNitException.class, () -> Nit.parse(text)).problem());
    }

    @Test
    void catchesASwappedDigitInARealLookingNit() {
        assertThrows(Nit.InvalidNitException.class, () -> Nit.parse("900123465-8"));
    }

    @Test
    void computesTheCheckDigitOfANumber() {
        assertEquals("890900608-9", Nit.ofNumber("890900608").toString());
    }
}
