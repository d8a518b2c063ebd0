package co.encadena.matching.territory;

import java.util.Locale;
import java.util.Set;

/**
 * Turns DANE's official upper-case place names ("SAN ANDRÉS DE TUMACO", "BOGOTÁ, D.C.") into the
 * capitalisation people write ("San Andrés de Tumaco", "Bogotá, D.C."). The official spelling stays the
 * source of truth; this is only for display.
 */
public final class PlaceNames {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    /** Articles, prepositions and conjunctions that Spanish keeps in lower case inside a proper name. */
    private static final Set<String> PARTICLES =
            Set.of("de", "del", "la", "las", "los", "el", "y", "e", "en", "a", "al");

    private PlaceNames() {
    }

    /**
     * Returns the display form of an official place name.
     *
     * @param official the name as published (any case); must not be null
     * @return the name with each word capitalised, Spanish particles in lower case except at the start,
     *         and abbreviations such as "D.C." kept in upper case
     */
    public static String displayName(String official) {
        if (official == null) {
            throw new IllegalArgumentException("official name must not be null");
        }
        String trimmed = official.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean firstWord = true;
        for (String token : trimmed.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word(token, firstWord));
            // a hyphen separates two names ("Piendamó - Tunía"): the next word starts a name again
            firstWord = token.equals("-");
        }
        return out.toString();
    }

    private static String word(String token, boolean firstWord) {
        if (isAbbreviation(token)) {
            return token.toUpperCase(SPANISH);
        }
        String lower = token.toLowerCase(SPANISH);
        String bare = lower.replaceAll("[,;:]$", "");
        if (!firstWord && PARTICLES.contains(bare)) {
            return lower;
        }
        return capitaliseParts(lower);
    }

    /** "D.C." and similar dotted initials stay upper case. */
    private static boolean isAbbreviation(String token) {
        return token.matches("(\\p{L}\\.){2,}[,;]?");
    }

    /** Capitalises after the start and after an inner hyphen or apostrophe ("Guamal-Magdalena"). */
    private static String capitaliseParts(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        boolean capitaliseNext = true;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (capitaliseNext && Character.isLetter(cp)) {
                sb.appendCodePoint(Character.toTitleCase(cp));
                capitaliseNext = false;
            } else {
                sb.appendCodePoint(cp);
                if (cp == '-' || cp == '\'' || cp == '(') {
                    capitaliseNext = true;
                }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
