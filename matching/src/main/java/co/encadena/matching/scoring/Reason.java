package co.encadena.matching.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Why a supplier scores as it does, as a message key and its arguments; the API renders it with its Spanish
 * message catalogue (keys and sentences in {@code matching/README.md}).
 *
 * @param key message key, e.g. {@code reason.mandatoryCertifications}
 * @param args arguments in the order the key documents
 */
public record Reason(String key, List<String> args) {
    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Reason of(String key, Object... args) {
        return new Reason(key, Explanations.strings(args));
    }
}
