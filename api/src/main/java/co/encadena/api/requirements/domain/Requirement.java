package co.encadena.api.requirements.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An anchor's supply requirement as the programme keeps it: validated, codes canonical, lists in the order
 * given. Optional values are null when absent; {@code maxDistanceKm} null means only coverage counts.
 */
public record Requirement(
        String externalId,
        String title,
        String description,
        String valueChain,
        String link,
        List<String> ciiu,
        List<String> unspsc,
        List<String> requiredCertifications,
        List<String> preferredCertifications,
        List<String> deliveryMunicipalities,
        Integer maxDistanceKm,
        String quantity,
        LocalDate neededBy,
        InclusionPreferences inclusionPreferences) {

    public Requirement {
        ciiu = List.copyOf(ciiu);
        unspsc = List.copyOf(unspsc);
        requiredCertifications = List.copyOf(requiredCertifications);
        preferredCertifications = List.copyOf(preferredCertifications);
        deliveryMunicipalities = List.copyOf(deliveryMunicipalities);
    }

    /** Which suppliers the anchor would like to favour (never a condition of eligibility). */
    public record InclusionPreferences(boolean womenLed, boolean pdet, boolean popularEconomy) {
        public static final InclusionPreferences NONE = new InclusionPreferences(false, false, false);
    }
}
