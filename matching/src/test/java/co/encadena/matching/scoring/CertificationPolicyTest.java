package co.encadena.matching.scoring;

import static co.encadena.matching.scoring.Fixtures.SATISFIES;
import static co.encadena.matching.scoring.Fixtures.TODAY;
import static co.encadena.matching.scoring.Fixtures.requirement;
import static co.encadena.matching.scoring.Fixtures.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CertificationPolicyTest {

    private static final LocalDate NEEDED_BY = LocalDate.of(2027, 3, 1);
    private final CertificationPolicy policy = new CertificationPolicy(SATISFIES);

    @ParameterizedTest(name = "requires {0}, holds {1} until {2} → eligible {3}, gap {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # required,  held,        validUntil,  eligible, gap
            ISO_9001,    ISO_9001,    2028-01-31,  true,     -
            ISO_9001,    ISO_9001,    -,           true,     -
            ISO_9001,    ISO_9001,    2027-03-01,  true,     -
            ISO_9001,    ISO_9001,    2027-02-28,  false,    gap.certificationExpired
            ISO_9001,    ISO_9001,    2026-01-31,  false,    gap.certificationExpired
            ISO_9001,    AS9100,      2028-01-31,  true,     -
            HACCP,       FSSC_22000,  2028-01-31,  true,     -
            HACCP,       ISO_22000,   2028-01-31,  true,     -
            HACCP,       FSSC_22000,  2027-01-31,  false,    gap.certificationExpired
            ISO_9001,    ISO_13485,   2028-01-31,  false,    gap.certificationMissing
            ISO_22000,   HACCP,       2028-01-31,  false,    gap.certificationMissing
            SG_SST,      ISO_45001,   2028-01-31,  true,     -
            """)
    void mandatoryCertificationCountsWhenHeldOrSatisfiedAndValidOnNeededBy(String required, String held,
                                                                         LocalDate until, boolean eligible,
                                                                         String gap) {
        Requirement r = requirement("R").requires(required).neededBy(NEEDED_BY).build();
        SupplierProfile s = supplier("900000001-1").holds(held, until).build();
        CertificationPolicy.Assessment a = policy.assess(r, s, r.referenceDate(TODAY));
        assertEquals(eligible, a.eligible());
        assertEquals(eligible ? 1.0 : 0.0, a.value(), 1e-9);
        if (gap != null) {
            assertEquals(gap, a.gaps().get(0).key());
            assertEquals(required, a.gaps().get(0).args().get(0));
        }
    }

    @Test
    void anExpiredGapNamesTheExpiryAndTheDateItWasNeededOn() {
        Requirement r = requirement("R").requires("ISO_9001").neededBy(NEEDED_BY).build();
        SupplierProfile s = supplier("900000001-1").holds("ISO_9001", LocalDate.of(2027, 1, 15)).build();
        Gap gap = policy.assess(r, s, NEEDED_BY).gaps().get(0);
        assertEquals(new Gap("gap.certificationExpired", List.of("ISO_9001", "2027-01-15", "2027-03-01")), gap);
    }

    @Test
    void withoutNeededByCertificatesMustBeValidToday() {
        Requirement r = requirement("R").requires("ISO_9001").build();
        SupplierProfile expiredYesterday = supplier("900000001-1").holds("ISO_9001", TODAY.minusDays(1)).build();
        SupplierProfile validToday = supplier("900000002-1").holds("ISO_9001", TODAY).build();
        assertFalse(policy.assess(r, expiredYesterday, r.referenceDate(TODAY)).eligible());
        assertTrue(policy.assess(r, validToday, r.referenceDate(TODAY)).eligible());
    }

    @Test
    void eachMissingMandatoryCertificationIsOneGapAndLowersTheFactorInProportion() {
        Requirement r = requirement("R").requires("HACCP", "BPM_INVIMA_ALIMENTOS").build();
        SupplierProfile s = supplier("900000001-1").holds("HACCP").build();
        CertificationPolicy.Assessment a = policy.assess(r, s, TODAY);
        assertEquals(1, a.mandatoryHeld());
        assertEquals(2, a.mandatoryTotal());
        assertEquals(List.of(new Gap("gap.certificationMissing", List.of("BPM_INVIMA_ALIMENTOS"))), a.gaps());
        assertEquals(0.5, a.value(), 1e-9);
    }

    @ParameterizedTest(name = "{0} preferred listed, {1} held → factor {2}")
    @CsvSource(textBlock = """
            0, 0, 1.0
            2, 0, 0.5
            2, 1, 0.9375
            2, 2, 1.0
            3, 1, 0.9166666667
            """)
    void onePreferredCertificationIsMostOfTheBonus(int listed, int held, double factor) {
        List<String> preferred = List.of("ISO_14001", "BASC", "OEA").subList(0, listed);
        Requirement r = requirement("R").requires("ISO_9001").prefers(preferred.toArray(String[]::new)).build();
        Fixtures.SupplierBuilder b = supplier("900000001-1").holds("ISO_9001");
        preferred.subList(0, held).forEach(b::holds);
        assertEquals(factor, policy.assess(r, b.build(), TODAY).value(), 1e-9);
    }

    @Test
    void anExpiredPreferredCertificationIsNoBonus() {
        Requirement r = requirement("R").prefers("ISO_14001").neededBy(NEEDED_BY).build();
        SupplierProfile s = supplier("900000001-1").holds("ISO_14001", NEEDED_BY.minusDays(1)).build();
        CertificationPolicy.Assessment a = policy.assess(r, s, NEEDED_BY);
        assertTrue(a.preferredHeld().isEmpty());
        assertTrue(a.eligible(), "preferred certifications never decide eligibility");
    }
}
