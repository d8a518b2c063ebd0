package co.encadena.api.common.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Codes people type (sizes, types, certification and chain codes) are compared without case, accents or
 * surrounding spaces ("Pequeña" is {@code PEQUENA}); lists of codes are bounded and hold each code once.
 */
public final class CodePolicy {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private CodePolicy() {
    }

    /** "  Pequeña " → "PEQUENA"; null stays null. */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String stripped = code.strip();
        if (!stripped.chars().allMatch(c -> c < 0x80)) {
            // most codes are plain ASCII already: only others need decomposing to drop their accents
            stripped = MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
        }
        return stripped.toUpperCase(Locale.ROOT);
    }

    /** One of a closed set of values ({@code MICRO | PEQUENA | …}); null when absent or not allowed. */
    public static String oneOf(Violations out, String field, String value, Set<String> allowed, boolean required) {
        String code = normalize(value);
        if (code == null || code.isEmpty()) {
            if (required) {
                out.add(field, "field.required");
            }
            return null;
        }
        if (!allowed.contains(code)) {
            out.add(field, "field.notOneOf", abbreviate(value), String.join(", ", allowed));
            return null;
        }
        return code;
    }

    /** A single code that must exist in a reference table; {@code unknownKey} takes the code as {0}. */
    public static String known(Violations out, String field, String value, Predicate<String> exists,
                               String unknownKey, boolean required) {
        String code = value == null ? null : value.strip();
        if (code == null || code.isEmpty()) {
            if (required) {
                out.add(field, "field.required");
            }
            return null;
        }
        if (!exists.test(code)) {
            out.add(field, unknownKey, abbreviate(code));
            return null;
        }
        return code;
    }

    /**
     * A list of reference codes: at most {@code max}, each present, known and given once. Unknown or repeated
     * entries are reported at their index ({@code ciiu[1]}); the valid ones are returned in the given order.
     */
    public static List<String> knownList(Violations out, String field, List<String> values, int max,
                                         Predicate<String> exists, String unknownKey,
                                         java.util.function.UnaryOperator<String> canonical) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > max) {
            out.add(field, "field.tooMany", max, values.size());
            return List.of();
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String at = field + "[" + i + "]";
            String raw = values.get(i);
            String code = raw == null ? "" : canonical.apply(raw.strip());
            if (code.isEmpty()) {
                out.add(at, "field.required");
            } else if (!exists.test(code)) {
                out.add(at, unknownKey, abbreviate(raw.strip()));
            } else if (seen.containsKey(code)) {
                out.add(at, "field.repeated", code);
            } else {
                seen.put(code, i);
                result.add(code);
            }
        }
        return result;
    }

    /** Values echoed back in messages stay short: a pasted paragraph is not repeated in full. */
    public static String abbreviate(String value) {
        String v = value.strip();
        return v.length() <= 40 ? v : v.substring(0, 37) + "...";
    }
}
