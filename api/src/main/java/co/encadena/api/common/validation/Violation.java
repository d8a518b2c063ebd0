package co.encadena.api.common.validation;

import java.util.Arrays;
import java.util.List;

/**
 * One rule broken by one field of a record: the field's path as the client wrote it ({@code nit},
 * {@code offerings[2].unspsc}) and a catalogue key with its arguments, resolved to Spanish only when a
 * response or an import report is written.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
