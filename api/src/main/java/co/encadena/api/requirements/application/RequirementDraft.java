package co.encadena.api.requirements.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A requirement as received — the {@code requirements.jsonl} record of the interchange format, the body of
 * the requirement editor and a row of the CSV import — before validation. {@code status} is this product's
 * addition to the format (exports carry it; imports may set it).
 */
@Serdeable
@Schema(description = "Requerimiento de empresa ancla en el formato de intercambio (requirements.jsonl)")
public record RequirementDraft(
        @Nullable AnchorDraft anchor,
        @Nullable @Schema(description = "Identificador del requerimiento en la empresa ancla", example = "REQ-2026-014") String externalId,
        @Nullable String title,
        @Nullable String description,
        @Nullable String valueChain,
        @Nullable String link,
        @Nullable List<String> ciiu,
        @Nullable @Schema(description = "Códigos UNSPSC de 8 dígitos") List<String> unspsc,
        @Nullable List<String> requiredCertifications,
        @Nullable List<String> preferredCertifications,
        @Nullable @Schema(description = "Municipios de entrega (DIVIPOLA, 5 dígitos)") List<String> deliveryMunicipalities,
        @Nullable Integer maxDistanceKm,
        @Nullable String quantity,
        @Nullable @Schema(description = "AAAA-MM-DD") String neededBy,
        @Nullable InclusionPreferencesDraft inclusionPreferences,
        @Nullable @Schema(description = "DRAFT | OPEN | CLOSED (solo importación; el editor usa abrir y cerrar)") String status) {

    /** The anchor company that publishes the requirement. */
    @Serdeable
    public record AnchorDraft(@Nullable String nit, @Nullable String name,
                              @Nullable @Schema(description = "NACIONAL | EXTRANJERA | ESTATAL") String type) {
    }

    /** Inclusion preferences. */
    @Serdeable
    public record InclusionPreferencesDraft(@Nullable Boolean womenLed, @Nullable Boolean pdet,
                                            @Nullable Boolean popularEconomy) {
    }
}
