package co.encadena.matching.scheduling;

import java.util.List;

/**
 * The rueda instance contradicts itself (unknown ids, duplicates, conflicting locks...). Carries every problem
 * found, in Spanish, each naming the offending value, so an organizer can fix them all in one pass.
 */
public final class InvalidRuedaException extends RuntimeException {
    private final List<String> problems;

    public InvalidRuedaException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidRuedaException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid instance needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0)
                : "La rueda tiene " + problems.size() + " problemas: " + String.join("; ", problems);
    }
}
