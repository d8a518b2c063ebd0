package co.encadena.api.suppliers.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a profile is filled in, as a percentage and the list of what is missing, in the order a person
 * would fill it. Anchors look past profiles without products, chains or contact data, so each of these counts
 * as one item; the fields every stored profile has (NIT, legal name, size, municipality) count as filled.
 */
public final class ProfileCompleteness {

    /** The fields checked beyond the four always present, in wizard order. */
    public static final List<String> CHECKED = List.of("tradeName", "description", "ciiu", "valueChains", "offerings",
            "offerings.details", "certifications", "contact.name", "contact.email", "contact.phone");
    private static final int ALWAYS_PRESENT = 4;

    private ProfileCompleteness() {
    }

    /** A percentage (0–100, rounded down so 100 means truly complete) and the missing fields. */
    public record Completeness(int percent, List<String> missing) {
        public Completeness {
            missing = List.copyOf(missing);
        }
    }

    public static Completeness of(SupplierProfile p) {
        List<String> missing = new ArrayList<>();
        check(missing, "tradeName", p.tradeName() != null);
        check(missing, "description", p.description() != null);
        check(missing, "ciiu", !p.ciiu().isEmpty());
        check(missing, "valueChains", !p.valueChains().isEmpty());
        check(missing, "offerings", !p.offerings().isEmpty());
        check(missing, "offerings.details", !p.offerings().isEmpty()
                && p.offerings().stream().allMatch(o -> o.description() != null && o.unspsc() != null));
        check(missing, "certifications", !p.certifications().isEmpty());
        SupplierProfile.Contact c = p.contact();
        check(missing, "contact.name", c.name() != null);
        check(missing, "contact.email", c.email() != null);
        check(missing, "contact.phone", c.phone() != null);
        int total = ALWAYS_PRESENT + CHECKED.size();
        int present = total - missing.size();
        return new Completeness(present * 100 / total, missing);
    }

    private static void check(List<String> missing, String field, boolean present) {
        if (!present) {
            missing.add(field);
        }
    }
}
