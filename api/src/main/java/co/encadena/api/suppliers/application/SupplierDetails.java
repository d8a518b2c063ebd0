package co.encadena.api.suppliers.application;

import co.encadena.api.suppliers.domain.CertificationExpiry;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supplier profile as shown to its owner and to organizers: every field of the interchange format plus what
 * the programme derives from it (department, PDET and ZOMAC, completeness, certification expiry, evidence).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupplierDetails(
        UUID id,
        long version,
        Instant updatedAt,
        String nit,
        String legalName,
        @Nullable String tradeName,
        String size,
        boolean popularEconomy,
        String municipality,
        Place place,
        boolean nationalCoverage,
        List<String> coverage,
        List<String> ciiu,
        List<ChainLinkView> valueChains,
        List<OfferingView> offerings,
        List<CertificationView> certifications,
        InclusionView inclusion,
        @Nullable String description,
        ContactView contact,
        CompletenessView completeness) {

    /** Where the supplier is: municipality and department names, and whether the municipality is PDET or ZOMAC. */
    @Serdeable
    public record Place(String municipalityCode, String municipalityName, String departmentCode,
                        String departmentName, boolean pdet, boolean zomac) {
    }

    /** A value chain and link, with their names. */
    @Serdeable
    public record ChainLinkView(String chain, String chainName, String link, String linkName) {
    }

    /** A product or service. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OfferingView(String name, @Nullable String description, @Nullable String unspsc) {
    }

    /** A certification held, how long it is still good for, and its evidence document if one was uploaded. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CertificationView(String code, String name, @Nullable LocalDate validUntil, @Nullable String issuer,
                                    @Nullable String number, CertificationExpiry.Status status,
                                    @Nullable Long daysLeft, @Nullable EvidenceView evidence) {
    }

    /** An uploaded evidence document (download it from the evidence endpoint). */
    @Serdeable
    public record EvidenceView(String mediaType, long sizeBytes, @Nullable String fileName, Instant uploadedAt) {
    }

    /** Inclusion attributes. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InclusionView(boolean womenLed, @Nullable String ethnicGroup, boolean victims, boolean youthLed) {
    }

    /** Contact person. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContactView(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }

    /** How complete the profile is and what is missing, each with a Spanish label. */
    @Serdeable
    public record CompletenessView(int percent, List<MissingField> missing) {
    }

    /** A missing field: its path and how to call it. */
    @Serdeable
    public record MissingField(String field, String label) {
    }
}
