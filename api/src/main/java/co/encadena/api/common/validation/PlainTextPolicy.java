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
            if (needsCollapsing(text)) {
                text = SPACES.matcher(text).replaceAll(" ");
            }
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
        // the patterns run only on text holding a character they start with: most text holds none (imports
        // check hundreds of thousands of fields)
        if (mayHoldMarkup(text) && MARKUP.matcher(text).find()) {
            out.add(field, "field.markup");
            return null;
        }
        if (hasControl(text) && CONTROL.matcher(text).find()) {
            out.add(field, "field.controlCharacters");
            return null;
        }
        return text;
    }

    /** White space other than single spaces (what {@link #SPACES} would change). */
    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < text.length() && text.charAt(i + 1) == ' ' : c <= ' ' && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** A character every {@link #MARKUP} match holds: '<' (a tag), '&' (a reference) or ':' (a link). */
    private static boolean mayHoldMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0 || text.indexOf(':') >= 0;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
