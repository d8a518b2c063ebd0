package co.encadena.matching.certification;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which certification satisfies which (FSSC 22000 ⇒ ISO 22000 ⇒ HACCP), followed transitively: holding
 * FSSC 22000 counts as holding HACCP. Built once from the direct edges of the reference data; immutable.
 */
public final class SatisfiesRelation {

    private final Map<String, Set<String>> direct;

    private SatisfiesRelation(Map<String, Set<String>> direct) {
        this.direct = direct;
    }

    /** Starts an empty relation. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param code a certification code
     * @return every code that {@code code} satisfies, directly or through a chain, excluding itself, sorted
     */
    public Set<String> satisfiedBy(String code) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(direct.getOrDefault(code, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!next.equals(code) && seen.add(next)) {
                todo.addAll(direct.getOrDefault(next, Set.of()));
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    /** @return true when holding {@code held} counts as holding {@code required} (equal codes included) */
    public boolean satisfies(String held, String required) {
        return held.equals(required) || satisfiedBy(held).contains(required);
    }

    /** @return the codes {@code code} directly satisfies, as given */
    public Set<String> directlySatisfiedBy(String code) {
        return direct.getOrDefault(code, Set.of());
    }

    /** Collects direct edges. */
    public static final class Builder {
        private final Map<String, Set<String>> edges = new HashMap<>();

        private Builder() {
        }

        /** Records that {@code code} directly satisfies {@code satisfied}. */
        public Builder add(String code, String satisfied) {
            if (code == null || satisfied == null || code.isBlank() || satisfied.isBlank()) {
                throw new IllegalArgumentException("certification codes must not be blank: " + code + " ⇒ " + satisfied);
            }
            if (code.equals(satisfied)) {
                throw new IllegalArgumentException("a certification cannot satisfy itself: " + code);
            }
            edges.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(satisfied);
            return this;
        }

        public SatisfiesRelation build() {
            Map<String, Set<String>> copy = new HashMap<>();
            edges.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
            return new SatisfiesRelation(Collections.unmodifiableMap(copy));
        }
    }
}
