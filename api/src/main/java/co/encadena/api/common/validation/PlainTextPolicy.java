package co.encadena.api.common.validation;

import java.util.regex.Pattern;

/**
 * Free text is stored as words, never as markup: a tag ({@code <b>}, {@code </p>}, {@code <!-- -->},
 * {@code <script>}), a numeric character reference ({@code &#60;}) or a {@code javascript:} link is
 * rejected rather than escaped, so no later page, PDF, e-mail or spreadsheet can ever render it. A lone
 * "&lt;" as in "&lt; 5 kg" is ordinary text. Single-line fields have their runs of white space collapsed
 * (spreadsheet cells carry stray line breaks); other control characters are rejected.
 */
public final class PlainTextPolicy {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[\\p{L}!/?]|&#\\s*[0-9xX]|javascript\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainTextPolicy() {
    }

    /** A single-line text (a name, a title, a number). */
    public static String line(Violations out, String field, String value, int max, boolean required) {
        return check(out, field, value, max, required, false);
    }

    /** A multi-line text (a description). */
    public static String paragraph(Violations out, String field, String value, int max, boolean required) {
        return check(out, field, value, max, required, true);
    }

    /**
     * @return the text to store (trimmed; white space collapsed unless multi-line), or null when it is blank
     *         or broke a rule (the violation is in {@code out})
     */
    private static String check(Violations out, String field, String value, int max, boolean required, boolean multiline) {
        String text = value == null ? "" : value.strip();
        if (!multiline) {
            text = SPACES.matcher(text).replaceAll(" ");
        } else {
            text = text.replace("\r\n", "\n");
        }
        if (text.isEmpty()) {
            if (required) {
                out.add(field, "field.required");
            }
            return null;
        }
        if (text.length() > max) {
            out.add(field, "field.tooLong", max, text.length());
            return null;
        }
        if (MARKUP.matcher(text).find()) {
            out.add(field, "field.markup");
            return null;
        }
        if (CONTROL.matcher(text).find()) {
            out.add(field, "field.controlCharacters");
            return null;
        }
        return text;
    }
}
