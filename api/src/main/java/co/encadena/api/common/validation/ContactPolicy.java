package co.encadena.api.common.validation;

import java.util.regex.Pattern;

/** How a person is reached: an e-mail address of a usual shape and a phone number of digits. */
public final class ContactPolicy {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>]{1,64}@[^\\s@<>]+\\.[^\\s@<>]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{7,30}((ext\\.?|extensión|x)\\s*[0-9]{1,6})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ContactPolicy() {
    }

    public static String email(Violations out, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            out.add(field, "field.email", CodePolicy.abbreviate(email));
            return null;
        }
        return email;
    }

    public static String phone(Violations out, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String phone = SPACES.matcher(value.strip()).replaceAll(" ");
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < 7 || digits > 20) {
            out.add(field, "field.phone", CodePolicy.abbreviate(phone));
            return null;
        }
        return phone;
    }
}
