package co.encadena.matching.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(Map.of("text", 0.40, "valueChain", 0.20, "certifications", 0.20, "territory", 0.15,
                "inclusion", 0.05), Weights.defaults().asMap());
    }

    @Test
    void configurationOverridesOnlyTheKeysItNames() {
        Weights w = Weights.fromMap(Map.of("inclusion", 0.0, "territory", 0.3));
        assertEquals(0.0, w.of(Factor.INCLUSION));
        assertEquals(0.3, w.of(Factor.TERRITORY));
        assertEquals(0.40, w.of(Factor.TEXT));
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheFactors() {
        Weights w = Weights.fromMap(Map.of("text", 1, "valueChain", 1, "certifications", 0, "territory", 0,
                "inclusion", 0));
        assertEquals(0.75, w.combine(Map.of(Factor.TEXT, 1.0, Factor.VALUE_CHAIN, 0.5)), 1e-9);
    }

    @Test
    void rejectsAnUnknownKeyNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Weights.fromMap(Map.of("territorio", 0.2)));
        assertTrue(e.getMessage().contains("territorio"), e.getMessage());
    }

    @Test
    void rejectsANegativeWeightAndAllZeros() {
        assertThrows(IllegalArgumentException.class, () -> Weights.fromMap(Map.of("text", -0.1)));
        assertThrows(IllegalArgumentException.class, () -> Weights.fromMap(Map.of("text", 0, "valueChain", 0,
                "certifications", 0, "territory", 0, "inclusion", 0)));
    }
}
