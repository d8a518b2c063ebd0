package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violation;
import co.encadena.api.common.validation.Violations;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * JSON Lines: one JSON object per line, parsed one line at a time (blank lines are skipped but counted), so
 * a file of any length is read in constant memory. A line that is not a JSON object is reported with its
 * number and does not stop the import.
 */
public final class JsonLines {

    /** The longest line accepted: a profile with every list full is a few tens of kilobytes. */
    public static final int MAX_LINE_CHARS = 256 * 1024;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {
    }

    /** The records of a JSON Lines input; {@code read} turns one object into a draft, reporting wrong types. */
    public static <D> Iterator<Parsed<D>> records(BoundedLineReader lines, BiFunction<JsonNode, Violations, D> read) {
        return new Iterator<>() {
            private Parsed<D> next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Parsed<D> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Parsed<D> current = next;
                next = advance();
                return current;
            }

            private Parsed<D> advance() {
                try {
                    for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                        if (line.tooLong()) {
                            return Parsed.unreadable(line.number(), Violation.of(null, "import.line.tooLong", MAX_LINE_CHARS / 1024));
                        }
                        if (line.text().isBlank()) {
                            continue;
                        }
                        return parse(line, read);
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static <D> Parsed<D> parse(BoundedLineReader.Line line, BiFunction<JsonNode, Violations, D> read) {
        if (line.text().indexOf('\uFFFD') >= 0) {
            return Parsed.unreadable(line.number(), Violation.of(null, "import.line.encoding"));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return Parsed.unreadable(line.number(), Violation.of(null, "import.json.malformed", Math.max(column, 1)));
        }
        if (node == null || !node.isObject()) {
            return Parsed.unreadable(line.number(), Violation.of(null, "import.json.notAnObject"));
        }
        Violations out = new Violations();
        D draft = read.apply(node, out);
        return new Parsed<>(line.number(), draft, out.list());
    }

    /** One JSON object on one line. */
    static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built here always serializes", e);
        }
    }
}
