package co.encadena.matching.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.encadena.matching.text.SpanishTextAnalysis.QueryConcept;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanishTextAnalysisTest {

    private final SpanishTextAnalysis analysis = SpanishTextAnalysis.withDomainSynonyms();

    @Test
    void foldsAccentsLowercasesAndDropsSpanishStopWords() {
        assertEquals(analysis.indexTerms("BLÍSTER para la Línea"), analysis.indexTerms("blister linea"));
        assertFalse(analysis.indexTerms("empaque de la planta").contains("de"));
    }

    @Test
    void stemsSingularAndPluralAlike() {
        assertEquals(analysis.indexTerms("estuches plegadizos"), analysis.indexTerms("estuche plegadizo"));
        assertEquals(analysis.indexTerms("cargadores"), analysis.indexTerms("cargador"));
    }

    @Test
    void expandsDomainSynonymsOnTheQuerySideOnly() {
        List<String> query = analysis.queryTerms("Dotación y EPP");
        assertTrue(query.containsAll(analysis.indexTerms("elementos de protección personal")), query.toString());
        assertFalse(analysis.indexTerms("EPP").containsAll(analysis.indexTerms("protección personal")));
    }

    @Test
    void matchesAMultiWordSynonymWrittenWithStopWordsInTheText() {
        List<String> query = analysis.queryTerms("elementos de protección personal certificados");
        assertTrue(query.contains(analysis.indexTerms("epp").get(0)), query.toString());
    }

    @Test
    void groupsAWordAndItsSynonymsIntoOneConceptWithTheOriginalWordingFirst() {
        List<QueryConcept> concepts = analysis.queryConcepts("Filete de tilapia roja");
        QueryConcept tilapia = concepts.stream().filter(c -> c.surface().equals("tilapia")).findFirst().orElseThrow();
        assertEquals(analysis.indexTerms("tilapia"), tilapia.alternatives().get(0));
        assertTrue(tilapia.alternatives().contains(analysis.indexTerms("mojarra")), tilapia.toString());
    }

    @Test
    void keepsTheWrittenPhraseOfAMultiWordConcept() {
        List<QueryConcept> concepts = analysis.queryConcepts("lámina de PVC y foil de aluminio impreso");
        assertTrue(concepts.stream().anyMatch(c -> c.surface().equals("foil de aluminio")
                && c.alternatives().contains(analysis.indexTerms("lidding"))), concepts.toString());
    }

    @Test
    void conceptsKeepTheWordsAsWrittenLoweringOnlyASentenceInitialCapital() {
        List<String> surfaces = analysis.queryConcepts("Aguacate Hass fresco. Entrega en CNC")
                .stream().map(QueryConcept::surface).toList();
        assertEquals(List.of("aguacate", "Hass", "fresco", "entrega", "CNC"), surfaces);
    }

    @Test
    void indexTokensRememberTheOriginalWords() {
        var tokens = analysis.indexTokens("Películas para blíster");
        assertEquals("Películas", tokens.get(0).surface());
        assertEquals("blíster", tokens.get(1).surface());
        assertEquals(2, tokens.get(1).position(), "the stop word leaves a hole, as in the index");
    }

    @Test
    void rejectsASynonymRuleWithAStopWordInsideNamingTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpanishTextAnalysis.withSynonyms(List.of("epp, elementos de proteccion personal")));
        assertTrue(e.getMessage().contains("elementos de proteccion personal"), e.getMessage());
    }

    @Test
    void worksWithoutAnySynonymRule() {
        SpanishTextAnalysis plain = SpanishTextAnalysis.withSynonyms(List.of());
        assertEquals(plain.indexTerms("EPP certificados"), plain.queryTerms("EPP certificados"));
    }

    @Test
    void treatsNullTextAsEmpty() {
        assertTrue(analysis.indexTerms(null).isEmpty());
        assertTrue(analysis.queryConcepts("").isEmpty());
    }
}
