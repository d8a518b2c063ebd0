package co.encadena.api.requirements.application;

import co.encadena.api.requirements.domain.RequirementStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row of a requirement list; {@code externalId} and {@code anchorNit} are its natural key. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RequirementSummary(
        UUID id,
        String externalId,
        String anchorNit,
        String anchorName,
        String anchorType,
        String title,
        RequirementStatus status,
        @Nullable String valueChain,
        @Nullable String link,
        List<String> requiredCertifications,
        List<String> deliveryMunicipalities,
        @Nullable LocalDate neededBy,
        Instant updatedAt) {
}
