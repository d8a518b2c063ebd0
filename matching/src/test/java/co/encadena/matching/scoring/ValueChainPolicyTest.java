package co.encadena.matching.scoring;

import static co.encadena.matching.scoring.Fixtures.requirement;
import static co.encadena.matching.scoring.Fixtures.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueChainPolicyTest {

    private final ValueChainPolicy policy = new ValueChainPolicy();

    @ParameterizedTest(name = "supplier {0}/{1} for FARMACEUTICA/EMPAQUE → {2}")
    @CsvSource(textBlock = """
            FARMACEUTICA,          EMPAQUE,         1.0
            FARMACEUTICA,          INSUMOS,         0.6
            DISPOSITIVOS_MEDICOS,  EMPAQUE,         0.1
            CONSTRUCCION_SOSTENIBLE, INSUMOS,       0.0
            """)
    void sameChainAndLinkBeatsSameChainBeatsSameLinkElsewhere(String chain, String link, double expected) {
        Requirement r = requirement("R").chain("FARMACEUTICA", "EMPAQUE").build();
        SupplierProfile s = supplier("900000001-1").chain(chain, link).build();
        assertEquals(expected, policy.assess(r, s).value(), 1e-9);
    }

    @ParameterizedTest(name = "supplier CIIU {0} for requirement CIIU 2221 → {1}")
    @CsvSource(textBlock = """
            2221, 1.0
            2229, 0.875
            1702, 0.75
            """)
    void theEconomicActivityRefinesTheChain(String ciiu, double expected) {
        Requirement r = requirement("R").chain("FARMACEUTICA", "EMPAQUE").ciiu("2221").build();
        SupplierProfile s = supplier("900000001-1").chain("FARMACEUTICA", "EMPAQUE").ciiu(ciiu).build();
        assertEquals(expected, policy.assess(r, s).value(), 1e-9);
    }

    @Test
    void theBestOfSeveralPositionsCounts() {
        Requirement r = requirement("R").chain("AEROPARTES", "TRANSFORMACION").build();
        SupplierProfile s = supplier("900000001-1").chain("DISPOSITIVOS_MEDICOS", "TRANSFORMACION")
                .chain("AEROPARTES", "TRANSFORMACION").build();
        ValueChainPolicy.Assessment a = policy.assess(r, s);
        assertEquals(1.0, a.value(), 1e-9);
        assertEquals(new ChainPosition("AEROPARTES", "TRANSFORMACION"), a.position());
    }

    @Test
    void aSupplierOfAnotherChainHasNoPositionToName() {
        Requirement r = requirement("R").chain("FARMACEUTICA", "EMPAQUE").build();
        assertNull(policy.assess(r, supplier("900000001-1").chain("MODA", "EMPAQUE").build()).position());
    }
}
