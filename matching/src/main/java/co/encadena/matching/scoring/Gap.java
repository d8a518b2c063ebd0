package co.encadena.matching.scoring;

import java.util.List;
import java.util.Objects;

/**
 * What a supplier lacks to be eligible, as a message key and its arguments (keys and sentences in
 * {@code matching/README.md}).
 *
 * @param key message key, e.g. {@code gap.certificationExpired}
 * @param args arguments in the order the key documents
 */
public record Gap(String key, List<String> args) {
    public Gap {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Gap of(String key, Object... args) {
        return new Gap(key, Explanations.strings(args));
    }
}
