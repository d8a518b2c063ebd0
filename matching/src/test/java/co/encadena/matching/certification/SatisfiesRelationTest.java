package co.encadena.matching.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SatisfiesRelationTest {

    private final SatisfiesRelation relation = SatisfiesRelation.builder()
            .add("FSSC_22000", "ISO_22000")
            .add("FSSC_22000", "HACCP")
            .add("ISO_22000", "HACCP")
            .add("IATF_16949", "ISO_9001")
            .build();

    @Test
    void followsTheRelationTransitively() {
        SatisfiesRelation chain = SatisfiesRelation.builder().add("A", "B").add("B", "C").build();
        assertTrue(chain.satisfies("A", "C"));
        assertEquals(Set.of("B", "C"), chain.satisfiedBy("A"));
    }

    @Test
    void aCertificationSatisfiesItselfButNotTheOtherWayRound() {
        assertTrue(relation.satisfies("HACCP", "HACCP"));
        assertTrue(relation.satisfies("FSSC_22000", "HACCP"));
        assertFalse(relation.satisfies("HACCP", "FSSC_22000"));
        assertFalse(relation.satisfies("ISO_9001", "IATF_16949"));
    }

    @Test
    void survivesCyclesInBadData() {
        SatisfiesRelation cyclic = SatisfiesRelation.builder().add("A", "B").add("B", "A").build();
        assertEquals(Set.of("B"), cyclic.satisfiedBy("A"));
    }

    @Test
    void rejectsASelfEdgeNamingTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SatisfiesRelation.builder().add("ISO_9001", "ISO_9001"));
        assertTrue(e.getMessage().contains("ISO_9001"));
    }
}
