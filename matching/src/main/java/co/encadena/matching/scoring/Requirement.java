package co.encadena.matching.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An anchor's requirement as the scoring needs it.
 *
 * @param externalId the anchor's reference
 * @param anchorNit the anchor's NIT
 * @param title short statement of the need, the text that weighs most
 * @param description free text
 * @param valueChain chain code
 * @param link link code
 * @param ciiu CIIU classes of the activity sought
 * @param unspsc UNSPSC codes of the products sought
 * @param requiredCertifications mandatory: a supplier without one of them, valid on {@link #referenceDate}, is not
 *     eligible
 * @param preferredCertifications desirable: a bonus
 * @param deliveryPlaces where to deliver (at least one)
 * @param maxDistanceKm radius around a delivery place within which a supplier reaches it; null = coverage only
 * @param neededBy date the certifications must still be valid on; null = the matching day
 * @param inclusionPreferences what the anchor asks to favour
 */
public record Requirement(String externalId, String anchorNit, String title, String description, String valueChain,
                          String link, List<String> ciiu, List<String> unspsc, List<String> requiredCertifications,
                          List<String> preferredCertifications, List<Place> deliveryPlaces, Double maxDistanceKm,
                          LocalDate neededBy, InclusionPreferences inclusionPreferences) {
    public Requirement {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        ciiu = ciiu == null ? List.of() : List.copyOf(ciiu);
        unspsc = unspsc == null ? List.of() : List.copyOf(unspsc);
        requiredCertifications = requiredCertifications == null ? List.of() : List.copyOf(requiredCertifications);
        preferredCertifications = preferredCertifications == null ? List.of() : List.copyOf(preferredCertifications);
        Objects.requireNonNull(deliveryPlaces, "deliveryPlaces");
        deliveryPlaces = List.copyOf(deliveryPlaces);
        if (deliveryPlaces.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs at least one delivery municipality: " + externalId);
        }
        if (maxDistanceKm != null && !(maxDistanceKm > 0)) {
            throw new IllegalArgumentException("maxDistanceKm must be positive: " + maxDistanceKm);
        }
        inclusionPreferences = inclusionPreferences == null ? InclusionPreferences.NONE : inclusionPreferences;
    }

    /** @return the date certifications must be valid on: {@code neededBy}, or {@code today} when it is null */
    public LocalDate referenceDate(LocalDate today) {
        return neededBy != null ? neededBy : today;
    }
}
