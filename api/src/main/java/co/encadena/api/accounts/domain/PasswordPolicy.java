package co.encadena.api.accounts.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a new password must be: at least 10 characters (length is what makes a password strong), at most
 * 200, not one of the passwords leaked most often, and not the e-mail address itself. Answers the
 * catalogue key of the first rule broken, so the person learns exactly what to change.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final Predicate<String> common;

    /** @param common true for a password on the common-password list (compared in lower case) */
    public PasswordPolicy(Predicate<String> common) {
        this.common = common;
    }

    public Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("error.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("error.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.test(lower)) {
            return Optional.of("error.password.common");
        }
        if (email != null && (lower.equals(EmailAddress.normalize(email))
                || lower.equals(EmailAddress.normalize(email).split("@")[0]))) {
            return Optional.of("error.password.isEmail");
        }
        return Optional.empty();
    }
}
