package co.encadena.api.suppliers.application;

import co.encadena.api.suppliers.domain.CertificationExpiry;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row of the organizers' supplier list: identity, place, chains, certifications with expiry, completeness. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupplierSummary(
        UUID id,
        String nit,
        String legalName,
        @Nullable String tradeName,
        String size,
        boolean popularEconomy,
        SupplierDetails.Place place,
        List<SupplierDetails.ChainLinkView> valueChains,
        List<CertificationState> certifications,
        SupplierDetails.InclusionView inclusion,
        int completeness,
        Instant updatedAt) {

    /** A certification code and whether it is valid, expiring or expired. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CertificationState(String code, @Nullable LocalDate validUntil, CertificationExpiry.Status status) {
    }
}
