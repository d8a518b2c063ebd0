package co.encadena.api.common.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates are ISO calendar dates ({@code 2027-05-01}) inside a window that makes sense for what they mean:
 * a typo such as 2207 or 1027 is caught instead of stored.
 */
public final class DatePolicy {

    private DatePolicy() {
    }

    /** @return the date, or null when absent or invalid (the violation is in {@code out}) */
    public static LocalDate within(Violations out, String field, String value, LocalDate earliest, LocalDate latest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            out.add(field, "field.date", CodePolicy.abbreviate(value));
            return null;
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            out.add(field, "field.dateOutOfRange", date.toString(), earliest.toString(), latest.toString());
            return null;
        }
        return date;
    }
}
