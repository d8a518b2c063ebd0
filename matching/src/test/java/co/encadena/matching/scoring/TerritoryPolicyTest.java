package co.encadena.matching.scoring;

import static co.encadena.matching.scoring.Fixtures.BARRANQUILLA;
import static co.encadena.matching.scoring.Fixtures.BOGOTA;
import static co.encadena.matching.scoring.Fixtures.CALI;
import static co.encadena.matching.scoring.Fixtures.CARTAGENA;
import static co.encadena.matching.scoring.Fixtures.ENVIGADO;
import static co.encadena.matching.scoring.Fixtures.MEDELLIN;
import static co.encadena.matching.scoring.Fixtures.SANTA_MARTA;
import static co.encadena.matching.scoring.Fixtures.SOLEDAD;
import static co.encadena.matching.scoring.Fixtures.YUMBO;
import static co.encadena.matching.scoring.Fixtures.requirement;
import static co.encadena.matching.scoring.Fixtures.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.matching.scoring.TerritoryPolicy.Reach;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryPolicyTest {

    private static final Map<String, Place> PLACES = Map.of("MEDELLIN", MEDELLIN, "ENVIGADO", ENVIGADO,
            "BOGOTA", BOGOTA, "CALI", CALI, "YUMBO", YUMBO, "BARRANQUILLA", BARRANQUILLA, "CARTAGENA", CARTAGENA);
    private final TerritoryPolicy policy = new TerritoryPolicy();

    @ParameterizedTest(name = "home {0}, covers [{1}], national {2}, deliver to {3} within {4} → {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # home,       coverage, national, delivery,  maxKm, reach
            MEDELLIN,     -,        false,    ENVIGADO,  -,     DEPARTMENT
            BOGOTA,       05,       false,    ENVIGADO,  -,     DEPARTMENT
            BOGOTA,       -,        true,     ENVIGADO,  -,     NATIONAL
            BOGOTA,       -,        false,    ENVIGADO,  -,     NONE
            BOGOTA,       -,        false,    ENVIGADO,  300,   DISTANCE
            BOGOTA,       -,        false,    ENVIGADO,  200,   NONE
            CALI,         -,        false,    YUMBO,     10,    DEPARTMENT
            CARTAGENA,    -,        false,    BARRANQUILLA, 120, DISTANCE
            """)
    void reachesAPlaceByCoverageFirstThenByDistance(String home, String coverage, boolean national, String delivery,
                                                     Double maxKm, Reach reach) {
        Fixtures.SupplierBuilder b = supplier("900000001-1").home(PLACES.get(home));
        if (coverage != null) {
            b.covers(coverage);
        }
        if (national) {
            b.national();
        }
        Fixtures.RequirementBuilder r = requirement("R").deliverTo(PLACES.get(delivery));
        if (maxKm != null) {
            r.within(maxKm);
        }
        TerritoryPolicy.Assessment a = policy.assess(r.build(), b.build());
        assertEquals(reach, a.places().get(0).reach());
        assertEquals(reach != Reach.NONE, a.eligible());
    }

    @Test
    void aPlaceOutsideCoverageAndRadiusIsNamedAndTheNearestDistanceIsGivenAgainstTheLimit() {
        Requirement r = requirement("R").deliverTo(ENVIGADO).within(200).build();
        TerritoryPolicy.Assessment a = policy.assess(r, supplier("900000001-1").home(BOGOTA).build());
        assertFalse(a.eligible());
        assertEquals("gap.territoryNotCovered", a.gaps().get(0).key());
        assertEquals(List.of("05266", "05"), a.gaps().get(0).args());
        assertEquals("gap.tooFar", a.gaps().get(1).key());
        assertEquals(List.of("235", "200", "05266"), a.gaps().get(1).args());
        assertEquals(0.0, a.value());
    }

    @Test
    void withoutARadiusThereIsNoDistanceGap() {
        Requirement r = requirement("R").deliverTo(ENVIGADO).build();
        TerritoryPolicy.Assessment a = policy.assess(r, supplier("900000001-1").home(BOGOTA).build());
        assertEquals(List.of("gap.territoryNotCovered"), a.gaps().stream().map(Gap::key).toList());
    }

    @Test
    void reachingEveryDeliveryPlaceScoresAboveReachingSome() {
        Requirement r = requirement("R").deliverTo(BARRANQUILLA, SANTA_MARTA).build();
        SupplierProfile both = supplier("900000001-1").home(SOLEDAD).covers("47").build();
        SupplierProfile one = supplier("900000002-1").home(SOLEDAD).build();
        assertTrue(policy.assess(r, both).value() > policy.assess(r, one).value());
        assertTrue(policy.assess(r, one).eligible(), "one place reached is enough to be eligible");
    }

    @Test
    void aCoveringSupplierBeyondTheRadiusIsEligibleButScoresBelowANearOne() {
        Requirement r = requirement("R").deliverTo(ENVIGADO).within(100).build();
        SupplierProfile far = supplier("900000001-1").home(BOGOTA).covers("05").build();
        SupplierProfile near = supplier("900000002-1").home(MEDELLIN).build();
        assertTrue(policy.assess(r, far).eligible());
        assertEquals(0.5, policy.assess(r, far).value(), 1e-9);
        assertTrue(policy.assess(r, near).value() > 0.9);
    }
}
