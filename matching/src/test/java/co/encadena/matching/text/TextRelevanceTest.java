package co.encadena.matching.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import co.encadena.matching.text.TextRelevance.Document;
import co.encadena.matching.text.TextRelevance.MatchedConcept;
import co.encadena.matching.text.TextRelevance.Query;
import co.encadena.matching.text.TextRelevance.Relevance;
import co.encadena.matching.text.TextRelevance.WeightedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRelevanceTest {

    private final TextRelevance relevance = TextRelevance.standard();

    private Document doc(String text) {
        return relevance.document(List.of(new WeightedText(text, 1.0)));
    }

    private Relevance score(String query, String text, List<String> corpusTexts) {
        Query q = relevance.query(List.of(new WeightedText(query, 1.0)));
        CorpusStatistics stats = CorpusStatistics.of(corpusTexts.stream().map(this::doc).toList());
        return relevance.score(q, doc(text), stats);
    }

    private static final List<String> CORPUS = List.of(
            "Filetes de mojarra roja frescos",
            "Tilapia roja entera eviscerada",
            "Hydroblasting de haces tubulares",
            "Hidrolavado industrial de tanques",
            "Estaciones EVSE para flotas eléctricas",
            "Cargadores para buses eléctricos",
            "Película de PVC/PVDC para blisteado",
            "Foil de aluminio para tapa de blister",
            "Tabletas de gres para pisos",
            "Pulpa moldeada de papel reciclado",
            "Puré de fruta ultracongelado",
            "Almendra de cacao seca y fermentada",
            "Avocado Hass fresco",
            "Bloques de mortero con árido reciclado",
            "Servicios contables");

    @ParameterizedTest(name = "\"{0}\" is answered by \"{1}\"")
    @CsvSource(textBlock = """
            Filete de tilapia roja fresco,                       Filetes de mojarra roja frescos
            Limpieza con hidrolavado de ultra alta presión,      Hydroblasting de haces tubulares
            Cargadores para buses eléctricos,                   Estaciones EVSE para flotas eléctricas
            Empaque blíster para tabletas,                       Película de PVC/PVDC para blisteado
            Aguacate Hass fresco,                                Avocado Hass fresco
            Cacao en grano fermentado,                           Almendra de cacao seca y fermentada
            Mampostería con agregado reciclado,                  Bloques de mortero con árido reciclado
            Pulpa de fruta congelada,                            Puré de fruta ultracongelado
            """)
    void tradeTermsSynonymsAndAccentsAnswerTheRequest(String query, String supplier) {
        Relevance r = score(query, supplier, CORPUS);
        assertTrue(r.score() > 0, query + " vs " + supplier);
        assertTrue(r.matched().stream().anyMatch(MatchedConcept::viaSynonym), r.matched().toString());
    }

    @Test
    void aSupplierAnsweringMoreOfTheRequestOutscoresADecoyThatSharesOneWord() {
        String query = "Material de empaque blíster para tabletas recubiertas: PVC/PVDC y foil de aluminio";
        Relevance exact = score(query, "Foil de aluminio para tapa de blister", CORPUS);
        Relevance decoy = score(query, "Tabletas de gres para pisos", CORPUS);
        assertTrue(exact.score() > decoy.score(), exact + " vs " + decoy);
    }

    @Test
    void aPhraseHalfPresentCountsForHalf() {
        Relevance fruit = score("Pulpa de fruta", "Puré de fruta ultracongelado", CORPUS);
        Relevance paper = score("Pulpa de fruta", "Pulpa moldeada de papel reciclado", CORPUS);
        assertTrue(paper.matched().get(0).partial());
        assertTrue(fruit.coverage() > paper.coverage());
        assertEquals(0.5, paper.coverage(), 0.26);
    }

    @Test
    void explanationsNameTheRequestedWordsAsWrittenAndTheSuppliersWords() {
        Relevance r = score("Filete de tilapia roja", "Filetes de mojarra roja frescos", CORPUS);
        MatchedConcept tilapia = r.matched().stream().filter(c -> c.requested().equals("tilapia")).findFirst()
                .orElseThrow();
        assertEquals("mojarra", tilapia.offered());
        assertTrue(tilapia.viaSynonym());
    }

    @Test
    void coverageIsOneWhenEveryConceptIsAnswered() {
        Relevance r = score("Avocado Hass", "Avocado Hass fresco", CORPUS);
        assertEquals(1.0, r.coverage(), 1e-9);
    }

    @Test
    void aWordAbsentFromTheCorpusNeitherScoresNorCountsInTheIdeal() {
        Relevance r = score("zanahoria", "Servicios contables", CORPUS);
        assertEquals(0.0, r.score());
        assertEquals(0.0, r.ideal());
    }
}
