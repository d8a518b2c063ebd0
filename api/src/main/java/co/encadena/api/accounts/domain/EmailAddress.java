package co.encadena.api.accounts.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type it, with the form used to compare addresses (trimmed, lower case):
 * "Ana@Empresa.co" and "ana@empresa.co " are the same account.
 */
public record EmailAddress(String value, String normalized) {

    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}$");

    public static EmailAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("e-mail must not be null");
        }
        String trimmed = text.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not an e-mail address: " + text);
        }
        return new EmailAddress(trimmed, trimmed.toLowerCase(Locale.ROOT));
    }

    /** The comparable form of any text, valid or not (for look-ups that must not reveal validity). */
    public static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
