package co.encadena.matching.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certification a supplier holds.
 *
 * @param code code from {@code certifications.csv}
 * @param validUntil last day it is valid; {@code null} when it does not expire
 */
public record HeldCertification(String code, LocalDate validUntil) {
    public HeldCertification {
        Objects.requireNonNull(code, "code");
    }

    /** @return true when the certificate is still valid on {@code date} (its last day included) */
    public boolean validOn(LocalDate date) {
        return validUntil == null || !validUntil.isBefore(date);
    }
}
