package co.encadena.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.encadena.api.search.application.IndexNames;
import co.encadena.api.search.application.OutboxIndexer;
import co.encadena.api.search.persistence.SearchOutbox;
import co.encadena.api.support.IntegrationTest;
import co.encadena.matching.text.SpanishTextAnalysis;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/**
 * The text analysis that scores and explains matches in process (Lucene, in {@code matching}) and the one the
 * index uses (OpenSearch's {@code _analyze}) give the same terms: a word found in the index is found, and
 * explained, the same way by the scoring.
 */
@IntegrationTest
class AnalysisAgreementIT {

    private static final List<String> SAMPLE = List.of(
            "Dotación y elementos de protección personal",
            "Estuches plegadizos impresos para medicamentos",
            "Empaques flexibles para alimentos, bolsas laminadas y stand-up con zíper",
            "Cortes de res empacados al vacío para casinos",
            "Pulpa de fruta congelada: mango, maracuyá y mora",
            "Mantenimiento biomédico preventivo y correctivo con metrología",
            "Instalación de sistemas solares fotovoltaicos en techo",
            "BPM INVIMA y HACCP para cárnicos y lácteos",
            "Transporte refrigerado de medicamentos (cadena de frío entre 2 y 8 °C)",
            "EPP, overoles ignífugos y botas dieléctricas",
            "Café especial tostado en grano; cacao fino de aroma",
            "Camarón blanco congelado IQF clasificado por talla");

    @Inject
    OpenSearchClient client;

    @Inject
    IndexNames names;

    @Inject
    OutboxIndexer indexer;

    private final SpanishTextAnalysis analysis = SpanishTextAnalysis.withDomainSynonyms();

    @Test
    void theIndexSideChainGivesTheSameTermsInTheSameOrder() throws Exception {
        indexer.drain(); // creates the indexes if this is the first test against a fresh cluster
        String index = names.alias(SearchOutbox.Entity.SUPPLIER);
        for (String text : SAMPLE) {
            List<String> remote = client.indices().analyze(a -> a.index(index).analyzer("es_index").text(text))
                    .tokens().stream().map(AnalyzeToken::token).toList();
            assertEquals(analysis.indexTerms(text), remote, "index side differs for: " + text);
        }
    }

    @Test
    void theQuerySideChainGivesTheSameTermsWithSynonyms() throws Exception {
        indexer.drain();
        String index = names.alias(SearchOutbox.Entity.SUPPLIER);
        for (String text : SAMPLE) {
            TreeSet<String> remote = new TreeSet<>(client.indices().analyze(a -> a.index(index).analyzer("es_search").text(text))
                    .tokens().stream().map(AnalyzeToken::token).toList());
            assertEquals(new TreeSet<>(analysis.queryTerms(text)), remote, "query side differs for: " + text);
        }
    }
}
