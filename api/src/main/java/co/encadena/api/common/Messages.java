package co.encadena.api.common;

import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The single catalogue of user-facing server messages ({@code i18n/messages.properties}, es-CO).
 * Code refers to messages by key so that texts can be reviewed in one place.
 */
@Singleton
public final class Messages {

    public static final Locale LOCALE = Locale.forLanguageTag("es-CO");

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);

    /**
     * @param key  catalogue key
     * @param args MessageFormat arguments
     * @return the formatted Spanish text; the key itself when it is missing, so a gap is visible but never fatal
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
