package co.encadena.api.common.validation;

import java.util.List;

/**
 * A record broke one or more rules. The web layer answers 400 with one {@code errors[]} entry per violation;
 * an import reports them per line.
 */
public final class InvalidRecordException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRecordException(List<Violation> violations) {
        super("invalid record: " + violations.size() + " violation(s)", null, false, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid record has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidRecordException of(String field, String messageKey, Object... args) {
        return new InvalidRecordException(List.of(Violation.of(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
