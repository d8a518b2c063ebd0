package co.encadena.api.suppliers.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A supplier profile as received — the {@code suppliers.jsonl} record of the interchange format, the body of
 * the profile API and a row of the CSV import — before validation. Every part may be missing or wrong;
 * {@link SupplierValidator} says what and turns it into a profile. Dates are ISO texts here so that a bad
 * date is reported with the same message whichever way it arrived.
 */
@Serdeable
@Schema(description = "Perfil de proveedor en el formato de intercambio (suppliers.jsonl)")
public record SupplierDraft(
        @Nullable @Schema(example = "900123456-8") String nit,
        @Nullable String legalName,
        @Nullable String tradeName,
        @Nullable @Schema(description = "MICRO | PEQUENA | MEDIANA | GRANDE") String size,
        @Nullable Boolean popularEconomy,
        @Nullable @Schema(description = "Código DIVIPOLA de 5 dígitos", example = "05001") String municipality,
        @Nullable @Schema(description = "Departamentos (2 dígitos) a los que entrega, o CO para todo el país") List<String> coverage,
        @Nullable @Schema(description = "Clases CIIU Rev. 4 A.C. (4 dígitos); la primera es la principal") List<String> ciiu,
        @Nullable List<ChainLinkDraft> valueChains,
        @Nullable List<OfferingDraft> offerings,
        @Nullable List<CertificationDraft> certifications,
        @Nullable InclusionDraft inclusion,
        @Nullable String description,
        @Nullable ContactDraft contact) {

    /** A value chain and the supplier's link in it. */
    @Serdeable
    public record ChainLinkDraft(@Nullable String chain, @Nullable String link) {
    }

    /** A product or service. */
    @Serdeable
    public record OfferingDraft(@Nullable String name, @Nullable String description,
                                @Nullable @Schema(description = "Código UNSPSC de 8 dígitos", example = "24121500") String unspsc) {
    }

    /** A certification held. */
    @Serdeable
    public record CertificationDraft(@Nullable String code,
                                     @Nullable @Schema(description = "AAAA-MM-DD, o null si no vence") String validUntil,
                                     @Nullable String issuer, @Nullable String number) {
    }

    /** Inclusion attributes. */
    @Serdeable
    public record InclusionDraft(@Nullable Boolean womenLed,
                                 @Nullable @Schema(description = "INDIGENA | AFROCOLOMBIANO | RAIZAL | PALENQUERO | RROM") String ethnicGroup,
                                 @Nullable Boolean victims, @Nullable Boolean youthLed) {
    }

    /** Contact person. */
    @Serdeable
    public record ContactDraft(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }
}
