package co.encadena.matching.scoring;

import static co.encadena.matching.scoring.Fixtures.BARRANQUILLA;
import static co.encadena.matching.scoring.Fixtures.CALI;
import static co.encadena.matching.scoring.Fixtures.MEDELLIN;
import static co.encadena.matching.scoring.Fixtures.SATISFIES;
import static co.encadena.matching.scoring.Fixtures.TODAY;
import static co.encadena.matching.scoring.Fixtures.YUMBO;
import static co.encadena.matching.scoring.Fixtures.requirement;
import static co.encadena.matching.scoring.Fixtures.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchEngineTest {

    private static final LocalDate NEEDED_BY = LocalDate.of(2027, 3, 1);
    private final MatchEngine engine = MatchEngine.standard(SATISFIES);

    private final Requirement blister = requirement("VS-1")
            .title("Material de empaque primario tipo blíster para tabletas recubiertas")
            .description("Lámina de PVC/PVDC termoformable y foil de aluminio impreso con laca termosellable")
            .chain("FARMACEUTICA", "EMPAQUE").ciiu("2221").unspsc("24120000")
            .requires("ISO_9001").prefers("ISO_14001", "BASC").deliverTo(YUMBO).within(350).neededBy(NEEDED_BY)
            .build();

    private final SupplierProfile exact = supplier("900000001-1").name("Películas del Cauca").home(CALI)
            .chain("FARMACEUTICA", "EMPAQUE").ciiu("2221")
            .offers("Película rígida de PVC y PVDC para blisteado farmacéutico", "Base termoformable", "24121500")
            .holds("ISO_9001", LocalDate.of(2028, 4, 30)).holds("ISO_14001", LocalDate.of(2028, 4, 30)).build();
    private final SupplierProfile foil = supplier("900000002-1").name("Foilpack").home(MEDELLIN).national()
            .chain("FARMACEUTICA", "EMPAQUE")
            .offers("Lidding de aluminio para blister", "Laca heat seal", "24121500")
            .holds("ISO_9001", LocalDate.of(2027, 9, 30)).build();
    private final SupplierProfile expired = supplier("900000003-1").name("Blisterpack del Eje").home(CALI)
            .chain("FARMACEUTICA", "EMPAQUE").ciiu("2221")
            .offers("PVC/PVDC y foil para blíster de tabletas", "", "24121500")
            .holds("ISO_9001", LocalDate.of(2027, 1, 31)).holds("ISO_14001").build();
    private final SupplierProfile far = supplier("900000004-1").name("Barrera Films").home(BARRANQUILLA)
            .chain("FARMACEUTICA", "EMPAQUE").offers("Lámina PVC/PVDC termoformable y foil para blíster")
            .holds("ISO_9001").build();
    private final SupplierProfile decoy = supplier("900000005-1").name("Tabletas Cerámicas").home(CALI)
            .chain("CONSTRUCCION_SOSTENIBLE", "INSUMOS").offers("Tabletas de gres y recubrimientos para pisos")
            .holds("ISO_9001").build();
    private final SupplierProfile unrelated = supplier("900000006-1").name("Contables SAS").home(CALI)
            .chain("SBC", "SERVICIOS_APOYO").offers("Servicios de contabilidad y nómina").holds("ISO_9001").build();

    private final List<SupplierProfile> all = List.of(exact, foil, expired, far, decoy, unrelated);

    @Test
    void ranksTheExactFitFirstAndTheDecoyBelowTheRealSuppliers() {
        MatchResult result = engine.match(blister, all, TODAY, 10);
        List<String> nits = result.matches().stream().map(SupplierMatch::nit).toList();
        assertEquals("900000001-1", nits.get(0));
        assertTrue(nits.indexOf("900000005-1") > nits.indexOf("900000002-1"), nits.toString());
        assertEquals(1, result.matches().get(0).rank());
    }

    @Test
    void ineligibleSuppliersAreNearMissesWithTheirGapsNeverMatches() {
        MatchResult result = engine.match(blister, all, TODAY, 10);
        Set<String> matches = Set.copyOf(result.matches().stream().map(SupplierMatch::nit).toList());
        assertTrue(!matches.contains("900000003-1") && !matches.contains("900000004-1"), matches.toString());
        SupplierMatch expiredMiss = nearMiss(result, "900000003-1");
        assertEquals(List.of(new Gap("gap.certificationExpired", List.of("ISO_9001", "2027-01-31", "2027-03-01"))),
                expiredMiss.gaps());
        SupplierMatch farMiss = nearMiss(result, "900000004-1");
        assertEquals(List.of("gap.territoryNotCovered", "gap.tooFar"), farMiss.gaps().stream().map(Gap::key).toList());
        result.matches().forEach(m -> assertTrue(m.gaps().isEmpty() && m.eligible()));
        result.nearMisses().forEach(m -> assertTrue(!m.gaps().isEmpty() && !m.eligible()));
    }

    @Test
    void everyMatchCarriesItsFiveFactorsInZeroToOneAndItsReasons() {
        SupplierMatch top = engine.match(blister, all, TODAY, 10).matches().get(0);
        assertEquals(List.of("text", "valueChain", "certifications", "territory", "inclusion"),
                List.copyOf(top.factors().keySet()));
        top.factors().values().forEach(v -> assertTrue(v >= 0 && v <= 1, top.factors().toString()));
        List<String> keys = top.reasons().stream().map(Reason::key).toList();
        assertTrue(keys.containsAll(List.of("reason.textMatch", "reason.valueChain", "reason.mandatoryCertifications",
                "reason.preferredCertifications", "reason.delivers")), keys.toString());
        assertTrue(top.reasons().contains(new Reason("reason.mandatoryCertifications", List.of("1", "1"))));
        assertTrue(top.reasons().contains(new Reason("reason.delivers", List.of("76", "76892", "14"))),
                top.reasons().toString());
    }

    @Test
    void theTextReasonNamesTheRequestedWordsTheSupplierAnswers() {
        SupplierMatch foilMatch = engine.match(blister, all, TODAY, 10).matches().stream()
                .filter(m -> m.nit().equals("900000002-1")).findFirst().orElseThrow();
        Reason text = foilMatch.reasons().stream().filter(r -> r.key().equals("reason.textMatch")).findFirst()
                .orElseThrow();
        assertTrue(text.args().contains("blíster") && text.args().contains("foil de aluminio"), text.toString());
        assertTrue(foilMatch.reasons().contains(new Reason("reason.textSynonym", List.of("foil de aluminio",
                "lidding"))), foilMatch.reasons().toString());
    }

    @Test
    void aSupplierWithNothingInCommonIsNeitherAMatchNorANearMiss() {
        MatchResult result = engine.match(blister, all, TODAY, 10);
        assertTrue(result.matches().stream().noneMatch(m -> m.nit().equals("900000006-1")));
        assertTrue(result.nearMisses().stream().noneMatch(m -> m.nit().equals("900000006-1")));
    }

    @Test
    void theLimitCapsBothLists() {
        MatchResult result = engine.match(blister, all, TODAY, 1);
        assertEquals(1, result.matches().size());
        assertEquals(1, result.nearMisses().size());
    }

    @Test
    void aHigherInclusionWeightLiftsAFavouredSupplierAndShowsInItsBreakdown() {
        Requirement favouringWomen = requirement("R").title("Foil de aluminio para blíster")
                .chain("FARMACEUTICA", "EMPAQUE").deliverTo(YUMBO)
                .favours(new InclusionPreferences(true, false, false)).build();
        SupplierProfile women = supplier("900000007-1").home(CALI).chain("FARMACEUTICA", "EMPAQUE")
                .offers("Foil de aluminio para blíster")
                .inclusion(new InclusionTraits(true, null, false, false, false, false, false)).build();
        SupplierProfile other = supplier("900000008-1").home(CALI).chain("FARMACEUTICA", "EMPAQUE")
                .offers("Foil de aluminio para blíster").build();
        MatchEngine boosted = new MatchEngine(Weights.fromMap(java.util.Map.of("inclusion", 0.3)), SATISFIES,
                InclusionPolicy.encadena(), co.encadena.matching.text.TextRelevance.standard());
        SupplierMatch first = boosted.match(favouringWomen, List.of(other, women), TODAY, 5).matches().get(0);
        assertEquals("900000007-1", first.nit());
        assertEquals(1.0, first.factors().get("inclusion"));
        assertTrue(first.reasons().contains(new Reason("reason.inclusion", List.of("womenLed"))));
    }

    @Test
    void precomputedDocumentsGiveTheSameResultAsAnalysingTheCandidates() {
        var corpus = co.encadena.matching.text.TextRelevance.CorpusStatistics.of(all.stream().map(engine::document).toList());
        MatchResult analysed = engine.match(blister, all, corpus, TODAY, 10);
        MatchResult cached = engine.match(blister, all, all.stream().map(engine::document).toList(), corpus, TODAY, 10);
        assertEquals(analysed, cached);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> engine.match(blister, all, List.of(), corpus, TODAY, 10));
    }

    private static SupplierMatch nearMiss(MatchResult result, String nit) {
        return result.nearMisses().stream().filter(m -> m.nit().equals(nit)).findFirst()
                .orElseThrow(() -> new AssertionError(nit + " not among near misses: " + result.nearMisses()));
    }
}
