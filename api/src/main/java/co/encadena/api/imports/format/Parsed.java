package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violation;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One record read from an import file: where it starts (its line), the draft read from it (null when the
 * line could not be read at all, as malformed JSON), the problems found while reading — wrong types, a line
 * too long — and how to name a field of the draft in the file's own terms (a CSV column for
 * {@code offerings[0].name} is {@code offerings.1.name}). Validation of the draft comes after.
 */
public record Parsed<D>(long line, D draft, List<Violation> violations, UnaryOperator<String> fieldNames) {

    public Parsed {
        violations = List.copyOf(violations);
    }

    public Parsed(long line, D draft, List<Violation> violations) {
        this(line, draft, violations, UnaryOperator.identity());
    }

    public static <D> Parsed<D> unreadable(long line, Violation why) {
        return new Parsed<>(line, null, List.of(why));
    }
}
