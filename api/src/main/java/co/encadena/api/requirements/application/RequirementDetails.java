package co.encadena.api.requirements.application;

import co.encadena.api.requirements.domain.RequirementStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A requirement as shown: every field of the interchange format, with names for its codes, its anchor, its
 * lifecycle state and whether the caller may edit it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RequirementDetails(
        UUID id,
        String externalId,
        String anchorNit,
        AnchorView anchor,
        RequirementStatus status,
        long version,
        boolean editable,
        String title,
        @Nullable String description,
        @Nullable Coded valueChain,
        @Nullable Coded link,
        List<String> ciiu,
        List<String> unspsc,
        List<Coded> requiredCertifications,
        List<Coded> preferredCertifications,
        List<Place> deliveryMunicipalities,
        @Nullable Integer maxDistanceKm,
        @Nullable String quantity,
        @Nullable LocalDate neededBy,
        InclusionPreferencesView inclusionPreferences,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt) {

    /** The anchor company. */
    @Serdeable
    public record AnchorView(UUID id, String nit, String name, String type) {
    }

    /** A code and its Spanish name. */
    @Serdeable
    public record Coded(String code, String name) {
    }

    /** A delivery municipality with its department. */
    @Serdeable
    public record Place(String code, String name, String departmentCode, String departmentName) {
    }

    /** Inclusion preferences. */
    @Serdeable
    public record InclusionPreferencesView(boolean womenLed, boolean pdet, boolean popularEconomy) {
    }
}
