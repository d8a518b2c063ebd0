package co.encadena.api.search.application;

import co.encadena.matching.text.DomainSynonyms;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

/**
 * Settings and mappings of the search indexes. The text analysis is the chain {@code matching} runs in
 * process (SpanishTextAnalysis), so scores, highlights and "Coincide en: …" explanations agree:
 * standard tokenizer → lowercase → Spanish stop words → ASCII folding → [domain synonyms, query side only] →
 * light Spanish stemming. The synonym rules are written folded and without stop words (see DomainSynonyms),
 * since they are parsed through the same chain. Mappings are JSON resources under {@code search/}.
 */
public final class IndexDefinitions {

    private IndexDefinitions() {
    }

    public static IndexSettings settings(int shards, int replicas) {
        List<String> synonyms = DomainSynonyms.rules();
        return IndexSettings.of(s -> s
                .numberOfShards(shards)
                .numberOfReplicas(replicas)
                .refreshInterval(t -> t.time("1s"))
                .analysis(a -> a
                        .filter("es_stop", f -> f.definition(d -> d.stop(st -> st.stopwords("_spanish_"))))
                        .filter("es_stem", f -> f.definition(d -> d.stemmer(st -> st.language("light_spanish"))))
                        .filter("es_synonyms", f -> f.definition(d -> d.synonymGraph(sg -> sg.synonyms(synonyms).lenient(false))))
                        .analyzer("es_index", an -> an.custom(c -> c.tokenizer("standard")
                                .filter("lowercase", "es_stop", "asciifolding", "es_stem")))
                        .analyzer("es_search", an -> an.custom(c -> c.tokenizer("standard")
                                .filter("lowercase", "es_stop", "asciifolding", "es_synonyms", "es_stem")))
                        .analyzer("es_suggest", an -> an.custom(c -> c.tokenizer("standard")
                                .filter("lowercase", "asciifolding")))
                        .normalizer("folded", n -> n.custom(c -> c.filter("lowercase", "asciifolding")))));
    }

    public static TypeMapping mappings(String resource, JsonpMapper mapper) {
        try (InputStream in = IndexDefinitions.class.getResourceAsStream("/search/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("search mapping missing from the classpath: search/" + resource);
            }
            return TypeMapping._DESERIALIZER.deserialize(mapper.jsonProvider().createParser(
                    new InputStreamReader(in, StandardCharsets.UTF_8)), mapper);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
