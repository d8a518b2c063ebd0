package co.encadena.matching.identity;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Colombian tax id (Número de Identificación Tributaria) with its DIAN check digit, written
 * {@code 900123456-8}. The check digit is verified with DIAN's modulo-11 algorithm (prime weights from the
 * right), so a mistyped digit is caught at the door.
 */
public final class Nit {

    private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
    private static final Pattern FORMAT = Pattern.compile("(\\d{6,15})-(\\d)");

    private final String number;
    private final int checkDigit;

    private Nit(String number, int checkDigit) {
        this.number = number;
        this.checkDigit = checkDigit;
    }

    /** Why a text is not a valid NIT. */
    public enum Problem {
        /** Not digits, a hyphen and one check digit. */
        FORMAT,
        /** Well formed, but the check digit does not correspond to the number. */
        CHECK_DIGIT
    }

    /**
     * Parses {@code 900123456-8}; dots and spaces that people type ("900.123.456-8") are ignored.
     *
     * @throws InvalidNitException naming the {@link Problem} and the offending text
     */
    public static Nit parse(String text) {
        if (text == null) {
            throw new InvalidNitException(Problem.FORMAT, "null");
        }
        String compact = text.replace(".", "").replace(" ", "").strip();
        Matcher m = FORMAT.matcher(compact);
        if (!m.matches()) {
            throw new InvalidNitException(Problem.FORMAT, text);
        }
        String number = m.group(1);
        int given = Integer.parseInt(m.group(2));
        if (checkDigitOf(number) != given) {
            throw new InvalidNitException(Problem.CHECK_DIGIT, text);
        }
        return new Nit(number, given);
    }

    /** Builds the NIT of a number by computing its check digit. */
    public static Nit ofNumber(String number) {
        if (number == null || !number.matches("\\d{6,15}")) {
            throw new InvalidNitException(Problem.FORMAT, String.valueOf(number));
        }
        return new Nit(number, checkDigitOf(number));
    }

    /** DIAN's check digit: weighted sum of the digits from the right, modulo 11. */
    public static int checkDigitOf(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            sum += digit * WEIGHTS[i];
        }
        int r = sum % 11;
        return r <= 1 ? r : 11 - r;
    }

    public String number() {
        return number;
    }

    public int checkDigit() {
        return checkDigit;
    }

    /** The canonical written form, {@code 900123456-8}. */
    @Override
    public String toString() {
        return number + "-" + checkDigit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nit other && number.equals(other.number) && checkDigit == other.checkDigit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, checkDigit);
    }

    /** Thrown by {@link #parse} and {@link #ofNumber}; carries the reason and the rejected text. */
    public static final class InvalidNitException extends IllegalArgumentException {
        private final Problem problem;
        private final String text;

        InvalidNitException(Problem problem, String text) {
            super("invalid NIT (" + problem + "): " + text);
            this.problem = problem;
            this.text = text;
        }

        public Problem problem() {
            return problem;
        }

        public String text() {
            return text;
        }
    }
}
