package co.encadena.api.suppliers.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a certification is still good: valid, expiring within {@value #WARNING_DAYS} days (time to renew
 * before an anchor asks for it) or expired. A certification without expiry date is valid. The last day of
 * validity still counts as valid.
 */
public final class CertificationExpiry {

    public static final int WARNING_DAYS = 60;

    private CertificationExpiry() {
    }

    public enum Status { VALID, EXPIRING, EXPIRED }

    /** The status and the days left (negative once expired; null without expiry). */
    public record Expiry(Status status, Long daysLeft) {
    }

    public static Expiry on(LocalDate validUntil, LocalDate today) {
        if (validUntil == null) {
            return new Expiry(Status.VALID, null);
        }
        long days = ChronoUnit.DAYS.between(today, validUntil);
        if (days < 0) {
            return new Expiry(Status.EXPIRED, days);
        }
        return new Expiry(days <= WARNING_DAYS ? Status.EXPIRING : Status.VALID, days);
    }
}
