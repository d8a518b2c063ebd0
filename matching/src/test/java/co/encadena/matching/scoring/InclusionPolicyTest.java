package co.encadena.matching.scoring;

import static co.encadena.matching.scoring.Fixtures.requirement;
import static co.encadena.matching.scoring.Fixtures.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.encadena.matching.scoring.InclusionPolicy.Trait;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InclusionPolicyTest {

    private final InclusionPolicy policy = InclusionPolicy.encadena();

    @ParameterizedTest(name = "anchor favours women {0}, PDET {1}, popular {2}; supplier women {3}, PDET {4} → {5}")
    @CsvSource(textBlock = """
            true,  false, false, true,  false, 1.0
            true,  false, false, false, true,  0.0
            true,  true,  false, true,  false, 0.5
            true,  true,  true,  true,  true,  0.6666666667
            """)
    void theAnchorsPreferencesAreTheShareMet(boolean wantWomen, boolean wantPdet, boolean wantPopular, boolean women,
                                             boolean pdet, double expected) {
        Requirement r = requirement("R").favours(new InclusionPreferences(wantWomen, wantPdet, wantPopular)).build();
        SupplierProfile s = supplier("900000001-1")
                .inclusion(new InclusionTraits(women, null, false, false, false, pdet, false)).build();
        assertEquals(expected, policy.assess(r, s).value(), 1e-9);
    }

    @ParameterizedTest(name = "no anchor preference: {0} programme attributes → {1}")
    @CsvSource(textBlock = """
            0, 0.0
            1, 0.5
            2, 1.0
            3, 1.0
            """)
    void withoutAnchorPreferencesTheProgrammePolicyCountsEachAttribute(int attributes, double expected) {
        InclusionTraits traits = new InclusionTraits(attributes > 0, attributes > 1 ? "AFROCOLOMBIANO" : null,
                attributes > 2, false, false, false, false);
        SupplierProfile s = supplier("900000001-1").inclusion(traits).build();
        assertEquals(expected, policy.assess(requirement("R").build(), s).value(), 1e-9);
    }

    @Test
    void aProgrammeThatDoesNotFavourAnAttributeIgnoresIt() {
        InclusionPolicy onlyWomen = new InclusionPolicy(EnumSet.of(Trait.WOMEN_LED));
        SupplierProfile s = supplier("900000001-1")
                .inclusion(new InclusionTraits(false, "INDIGENA", true, true, true, true, true)).build();
        InclusionPolicy.Assessment a = onlyWomen.assess(requirement("R").build(), s);
        assertEquals(0.0, a.value());
        assertEquals(List.of(), a.met());
    }
}
