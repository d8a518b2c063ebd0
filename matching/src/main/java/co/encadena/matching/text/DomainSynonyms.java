package co.encadena.matching.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's synonym list for Colombian procurement Spanish ("EPP" ↔ "elementos de protección personal",
 * "tilapia" ↔ "mojarra", "hidrolavado" ↔ "hydroblasting"), one Solr-format rule per entry.
 *
 * <p>It is read from the classpath resource {@value #RESOURCE} so that the same rules feed the query-side chain
 * of {@link SpanishTextAnalysis} and the {@code synonym_graph} filter of the OpenSearch search analyzer: a term
 * that matches in the index matches, and is explained, the same way in the scoring. The rules are written in
 * lower case without accents and without stop words because they run after lowercase, stop and ASCII folding.
 */
public final class DomainSynonyms {

    /** Classpath location of the list. */
    public static final String RESOURCE = "co/encadena/matching/text/synonyms_es.txt";

    private static final List<String> RULES = load();

    private DomainSynonyms() {
    }

    /**
     * @return the rules in file order, without comments and blank lines ({@code "a, b, c"} equivalence groups and
     *     {@code "x => y"} one-way mappings); immutable
     */
    public static List<String> rules() {
        return RULES;
    }

    private static List<String> load() {
        InputStream in = DomainSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("synonym list missing from the classpath: " + RESOURCE);
        }
        List<String> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String rule = line.strip();
                if (!rule.isEmpty() && !rule.startsWith("#")) {
                    rules.add(rule);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(rules);
    }
}
