package co.encadena.api.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.encadena.api.suppliers.domain.CertificationExpiry;
import co.encadena.api.suppliers.domain.CertificationExpiry.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificationExpiryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aCertificateWithoutExpiryIsValid() {
        CertificationExpiry.Expiry e = CertificationExpiry.on(null, TODAY);
        assertEquals(Status.VALID, e.status());
        assertNull(e.daysLeft());
    }

    @Test
    void aCertificateExpiringWithinSixtyDaysIsExpiring() {
        assertEquals(Status.EXPIRING, CertificationExpiry.on(TODAY.plusDays(60), TODAY).status());
        assertEquals(Status.VALID, CertificationExpiry.on(TODAY.plusDays(61), TODAY).status());
    }

    @Test
    void theLastDayOfValidityStillCounts() {
        CertificationExpiry.Expiry e = CertificationExpiry.on(TODAY, TODAY);
        assertEquals(Status.EXPIRING, e.status());
        assertEquals(0L, e.daysLeft());
    }

    @Test
    void aCertificateIsExpiredTheDayAfterItsDate() {
        CertificationExpiry.Expiry e = CertificationExpiry.on(TODAY.minusDays(1), TODAY);
        assertEquals(Status.EXPIRED, e.status());
        assertEquals(-1L, e.daysLeft());
    }
}
