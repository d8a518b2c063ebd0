package co.encadena.api.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.imports.format.BoundedLineReader;
import co.encadena.api.imports.format.Parsed;
import co.encadena.api.imports.format.SupplierJson;
import co.encadena.api.suppliers.application.SupplierDraft;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static List<Parsed<SupplierDraft>> read(String text) {
        List<Parsed<SupplierDraft>> all = new ArrayList<>();
        SupplierJson.records(new StringReader(text)).forEachRemaining(all::add);
        return all;
    }

    @Test
    void numbersRecordsByTheirLineAndSkipsBlankLines() {
        List<Parsed<SupplierDraft>> records = read("\uFEFF{\"nit\": \"900123456-8\"}\n\n   \r\n{\"nit\": \"800197268-4\"}\r\n");
        assertEquals(List.of(1L, 4L), records.stream().map(Parsed::line).toList());
        assertEquals("900123456-8", records.get(0).draft().nit());
        assertEquals("800197268-4", records.get(1).draft().nit());
    }

    @Test
    void reportsAMalformedLineAndGoesOn() {
        List<Parsed<SupplierDraft>> records = read("{\"nit\": \"900123456-8\"\n{\"nit\": \"800197268-4\"}\n");
        assertNull(records.get(0).draft());
        assertEquals("import.json.malformed", records.get(0).violations().get(0).messageKey());
        assertEquals("800197268-4", records.get(1).draft().nit());
    }

    @Test
    void refusesALineThatIsNotAnObject() {
        assertEquals("import.json.notAnObject", read("[1, 2]\n").get(0).violations().get(0).messageKey());
    }

    @Test
    void refusesTextAfterTheObjectAndRepeatedKeys() {
        assertEquals("import.json.malformed", read("{\"nit\": \"1\"} {}\n").get(0).violations().get(0).messageKey());
        assertEquals("import.json.malformed", read("{\"nit\": \"1\", \"nit\": \"2\"}\n").get(0).violations().get(0).messageKey());
    }

    @Test
    void saysWhichFieldHasTheWrongType() {
        Parsed<SupplierDraft> p = read("{\"nit\": \"900123456-8\", \"municipality\": 5001, \"popularEconomy\": \"sí\", "
                + "\"coverage\": \"05\", \"offerings\": [{\"name\": 3}]}\n").get(0);
        assertEquals(List.of("popularEconomy", "municipality", "coverage", "offerings[0].name"),
                p.violations().stream().map(v -> v.field()).toList());
    }

    @Test
    void ignoresUnknownFields() {
        Parsed<SupplierDraft> p = read("{\"nit\": \"900123456-8\", \"employees\": 12}\n").get(0);
        assertTrue(p.violations().isEmpty());
    }

    @Test
    void cutsAnEndlessLineWithoutHoldingIt() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("x".repeat(5000) + "\nok\n"), 100);
        BoundedLineReader.Line first = lines.next();
        assertTrue(first.tooLong());
        assertEquals("", first.text());
        assertEquals("ok", lines.next().text());
        assertNull(lines.next());
    }

    @Test
    void keepsLinesThatSpanReadsWhole() throws IOException {
        // lines longer than the reader's 8 KiB buffer, a line of exactly the limit, one a character over, CRLF,
        // a byte order mark and a last line without a break
        String long1 = "a".repeat(9000);
        String exact = "b".repeat(20_000);
        String input = "\uFEFF" + long1 + "\r\n" + exact + "\n" + "c".repeat(20_001) + "\r\n\r\nlast";
        BoundedLineReader lines = new BoundedLineReader(new StringReader(input), 20_000);
        assertEquals(long1, lines.next().text());
        BoundedLineReader.Line atLimit = lines.next();
        assertFalse(atLimit.tooLong());
        assertEquals(exact, atLimit.text());
        BoundedLineReader.Line over = lines.next();
        assertTrue(over.tooLong());
        assertEquals(3, over.number());
        assertEquals("", lines.next().text());
        BoundedLineReader.Line last = lines.next();
        assertEquals("last", last.text());
        assertEquals(5, last.number());
        assertNull(lines.next());
    }

    @Test
    void readsAHundredThousandLinesOneAtATime() {
        int lines = 100_000;
        Reader generated = new Reader() {
            private int line;
            private String current = "";
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (position == current.length()) {
                    if (line == lines) {
                        return -1;
                    }
                    current = "{\"nit\": \"" + (800_000_000 + line++) + "-0\", \"legalName\": \"Empresa\"}\n";
                    position = 0;
                }
                int n = Math.min(length, current.length() - position);
                current.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        Iterator<Parsed<SupplierDraft>> records = SupplierJson.records(generated);
        long count = 0;
        long last = 0;
        while (records.hasNext()) {
            Parsed<SupplierDraft> p = records.next();
            assertFalse(p.draft() == null);
            last = p.line();
            count++;
        }
        assertEquals(lines, count);
        assertEquals(lines, last);
    }
}
