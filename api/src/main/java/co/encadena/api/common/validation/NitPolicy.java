package co.encadena.api.common.validation;

import co.encadena.matching.identity.Nit;

/** A NIT is digits, a hyphen and DIAN's check digit ({@code 900123456-8}); the check digit must correspond. */
public final class NitPolicy {

    private NitPolicy() {
    }

    /** @return the canonical NIT ({@code 900123456-8}), or null when absent or invalid */
    public static String check(Violations out, String field, String value) {
        if (value == null || value.isBlank()) {
            out.add(field, "field.required");
            return null;
        }
        try {
            return Nit.parse(value).toString();
        } catch (Nit.InvalidNitException e) {
            if (e.problem() == Nit.Problem.CHECK_DIGIT) {
                out.add(field, "field.nit.checkDigit", CodePolicy.abbreviate(value));
            } else {
                out.add(field, "field.nit.format", CodePolicy.abbreviate(value));
            }
            return null;
        }
    }
}
