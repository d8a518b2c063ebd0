package co.encadena.api.common.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every violation of a record instead of stopping at the first, so a person fixes a record in one
 * pass. Not thread-safe: one per record.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String messageKey, Object... args) {
        found.add(Violation.of(field, messageKey, args));
    }

    public void addAll(List<Violation> violations) {
        found.addAll(violations);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Whether some violation concerns {@code field} or one of its parts ({@code offerings} covers {@code offerings[0].name}). */
    public boolean touches(String field) {
        for (Violation v : found) {
            if (v.field() != null && (v.field().equals(field) || v.field().startsWith(field + ".") || v.field().startsWith(field + "["))) {
                return true;
            }
        }
        return false;
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
