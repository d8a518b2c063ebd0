package co.encadena.api.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPoliciesTest {

    private final Violations out = new Violations();

    @Test
    void rejectsANitWithAWrongCheckDigit() {
        assertNull(NitPolicy.check(out, "nit", "900123456-1"));
        assertEquals("field.nit.checkDigit", out.list().get(0).messageKey());
    }

    @Test
    void acceptsANitWrittenWithDotsAndStoresItCanonically() {
        assertEquals("900123456-8", NitPolicy.check(out, "nit", " 900.123.456-8 "));
        assertTrue(out.isEmpty());
    }

    @Test
    void rejectsANitWithoutCheckDigitAsMalformed() {
        NitPolicy.check(out, "nit", "900123456");
        assertEquals("field.nit.format", out.list().get(0).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Empresa <b>líder</b>", "texto</p>", "<!-- x -->",
            "&#60;script&#62;", "ver javascript:alert(1)", "< img src=x onerror=alert(1)>"})
    void storesNoMarkupInFreeText(String text) {
        assertNull(PlainTextPolicy.paragraph(out, "description", text, 2000, false));
        assertEquals("field.markup", out.list().get(0).messageKey());
    }

    @Test
    void keepsOrdinaryTextWithALessThanSign() {
        assertEquals("Lotes < 5 kg y > 2 kg; Pérez & Cía.",
                PlainTextPolicy.paragraph(out, "description", "Lotes < 5 kg y > 2 kg; Pérez & Cía.", 2000, false));
        assertTrue(out.isEmpty());
    }

    @Test
    void collapsesLineBreaksOfASingleLineField() {
        assertEquals("Empaques Andinos S.A.S.", PlainTextPolicy.line(out, "legalName", " Empaques\n  Andinos\tS.A.S. ", 200, true));
    }

    @Test
    void saysHowLongATextMayBe() {
        PlainTextPolicy.line(out, "legalName", "x".repeat(201), 200, true);
        assertEquals(Violation.of("legalName", "field.tooLong", 200, 201), out.list().get(0));
    }

    @Test
    void reportsAnUnknownAndARepeatedCodeAtTheirPlaceInTheList() {
        List<String> kept = CodePolicy.knownList(out, "ciiu", List.of("1702", "9999", "1702"), 10,
                Set.of("1702")::contains, "field.ciiu.unknown", c -> c);
        assertEquals(List.of("1702"), kept);
        assertEquals(List.of("ciiu[1]", "ciiu[2]"), out.list().stream().map(Violation::field).toList());
    }

    @Test
    void comparesClosedValuesWithoutCaseOrAccents() {
        assertEquals("PEQUENA", CodePolicy.oneOf(out, "size", " Pequeña ", Set.of("MICRO", "PEQUENA"), true));
    }

    @Test
    void rejectsADateThatIsNotACalendarDate() {
        DatePolicy.within(out, "validUntil", "2027-02-30", LocalDate.of(1990, 1, 1), LocalDate.of(2056, 1, 1));
        assertEquals("field.date", out.list().get(0).messageKey());
    }

    @Test
    void rejectsADateOutsideItsSensibleWindow() {
        DatePolicy.within(out, "validUntil", "2207-01-01", LocalDate.of(1990, 1, 1), LocalDate.of(2056, 1, 1));
        assertEquals("field.dateOutOfRange", out.list().get(0).messageKey());
    }

    @Test
    void acceptsColombianPhoneNumbersAndRejectsWords() {
        assertEquals("+57 604 000 0000", ContactPolicy.phone(out, "contact.phone", "+57 604 000 0000"));
        assertEquals("(601) 555-1234 ext. 12", ContactPolicy.phone(out, "contact.phone", "(601) 555-1234 ext. 12"));
        assertTrue(out.isEmpty());
        ContactPolicy.phone(out, "contact.phone", "llamar en la tarde");
        assertEquals("field.phone", out.list().get(0).messageKey());
    }
}
