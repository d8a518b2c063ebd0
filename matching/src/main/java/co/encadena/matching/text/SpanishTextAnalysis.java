package co.encadena.matching.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * The Spanish analysis chain shared by the OpenSearch index and the match scoring, so that a word matches — and
 * is explained — the same way in search, in the score, in the CLI and in the tests.
 *
 * <ul>
 *   <li><b>index side</b>: {@code StandardTokenizer → LowerCaseFilter → StopFilter(Spanish) → ASCIIFoldingFilter →
 *       SpanishLightStemFilter} (OpenSearch: tokenizer {@code standard}, filters {@code lowercase},
 *       {@code stop (_spanish_)}, {@code asciifolding}, {@code stemmer (light_spanish)});</li>
 *   <li><b>query side</b>: the same, with a {@link SynonymGraphFilter} built from {@link DomainSynonyms#rules()}
 *       (expand = true) right after the folding (OpenSearch: {@code synonym_graph} in the search analyzer).</li>
 * </ul>
 *
 * <p>Stop words are removed <em>before</em> folding, as OpenSearch's {@code _spanish_} list is accented ("más",
 * "él"); synonyms run before stemming, so the rules are written as folded surface words. Instances are immutable
 * and thread-safe (Lucene analyzers reuse their components per thread).
 */
public final class SpanishTextAnalysis {

    /** Token type that {@link SynonymGraphFilter} gives to the tokens it adds. */
    private static final String SYNONYM_TYPE = SynonymGraphFilter.TYPE_SYNONYM;

    private static final CharArraySet STOP_WORDS = SpanishAnalyzer.getDefaultStopSet();

    private static final class Holder {
        private static final SpanishTextAnalysis DOMAIN = withSynonyms(DomainSynonyms.rules());
    }

    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer flatQuery;

    private SpanishTextAnalysis(SynonymMap synonyms) {
        this.index = chain(null, false);
        this.query = chain(synonyms, false);
        this.flatQuery = chain(synonyms, true);
    }

    /** The chain with the project's synonym list; built once. */
    public static SpanishTextAnalysis withDomainSynonyms() {
        return Holder.DOMAIN;
    }

    /**
     * The chain with other synonym rules (tests, other programmes).
     *
     * @throws IllegalArgumentException naming the rule when one does not parse through the chain (for instance a
     *     multi-word entry with a stop word inside, which OpenSearch rejects too)
     */
    public static SpanishTextAnalysis withSynonyms(List<String> rules) {
        return new SpanishTextAnalysis(parse(rules));
    }

    /** Spanish stop words removed by both sides (before folding, so accented forms count). */
    public static CharArraySet stopWords() {
        return CharArraySet.unmodifiableSet(STOP_WORDS);
    }

    /** @return the index-side terms of {@code text}, in order (stemmed, folded, no stop words) */
    public List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Token t : indexTokens(text)) {
            terms.add(t.term());
        }
        return terms;
    }

    /** @return the query-side terms of {@code text} with synonyms expanded, flattened, in stream order */
    public List<String> queryTerms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = flatQuery.tokenStream("q", safe(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * @return the index-side tokens of {@code text} with their position (stop-word holes counted, as in the
     *     index) and the original words they came from, for phrase checks and explanations
     */
    public List<Token> indexTokens(String text) {
        String input = safe(text);
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = index.tokenStream("f", input)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset(),
                        input.substring(offset.startOffset(), offset.endOffset())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * Splits the query-side analysis of {@code text} into concepts: one per word, or one per run of words that a
     * synonym rule matched, each with its alternatives (the original wording first, then the synonyms) as lists
     * of stemmed terms. This is how Lucene's query builder reads a synonym graph (articulation points).
     */
    public List<QueryConcept> queryConcepts(String text) {
        String input = safe(text);
        List<QueryConcept> concepts = new ArrayList<>();
        try (TokenStream ts = query.tokenStream("q", input)) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
            int[] points = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= points.length; i++) {
                int end = i < points.length ? points[i] : -1;
                QueryConcept concept = concept(input, graph.getFiniteStrings(start, end));
                if (concept != null) {
                    concepts.add(concept);
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concepts;
    }

    private static QueryConcept concept(String input, Iterator<TokenStream> paths) throws IOException {
        Set<List<String>> alternatives = new LinkedHashSet<>();
        List<String> original = null;
        int start = Integer.MAX_VALUE;
        int end = -1;
        int anyStart = Integer.MAX_VALUE;
        int anyEnd = -1;
        while (paths.hasNext()) {
            TokenStream path = paths.next();
            CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = path.addAttribute(OffsetAttribute.class);
            TypeAttribute type = path.addAttribute(TypeAttribute.class);
            List<String> terms = new ArrayList<>();
            boolean synonym = false;
            int pathStart = Integer.MAX_VALUE;
            int pathEnd = -1;
            path.reset();
            while (path.incrementToken()) {
                terms.add(term.toString());
                synonym |= SYNONYM_TYPE.equals(type.type());
                pathStart = Math.min(pathStart, offset.startOffset());
                pathEnd = Math.max(pathEnd, offset.endOffset());
            }
            path.end();
            path.close();
            if (terms.isEmpty()) {
                continue;
            }
            anyStart = Math.min(anyStart, pathStart);
            anyEnd = Math.max(anyEnd, pathEnd);
            if (!synonym && original == null) {
                original = List.copyOf(terms);
                start = pathStart;
                end = pathEnd;
            }
            alternatives.add(List.copyOf(terms));
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        if (original == null) {
            start = anyStart;
            end = anyEnd;
        }
        List<List<String>> ordered = new ArrayList<>();
        if (original != null) {
            ordered.add(original);
        }
        for (List<String> alternative : alternatives) {
            if (!alternative.equals(original)) {
                ordered.add(alternative);
            }
        }
        return new QueryConcept(surface(input, start, end), start, end, ordered);
    }

    /**
     * The words of {@code text} between the offsets as written, except that a capital that only marks the start of
     * a sentence is lowered ("Filete de tilapia" → "filete"), so explanations read as a list of words. Acronyms
     * and words capitalised mid-sentence ("CNC", "Hass") are kept.
     */
    static String surface(String text, int start, int end) {
        String words = text.substring(start, end);
        if (words.length() < 2 || !Character.isUpperCase(words.charAt(0)) || Character.isUpperCase(words.charAt(1))) {
            return words;
        }
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?:;¿¡\"'(-•".indexOf(text.charAt(before)) >= 0;
        return sentenceStart ? Character.toLowerCase(words.charAt(0)) + words.substring(1) : words;
    }

    /** The index-side analyzer (for callers that feed Lucene directly). */
    public Analyzer indexAnalyzer() {
        return index;
    }

    /** The query-side analyzer, synonym graph not flattened. */
    public Analyzer queryAnalyzer() {
        return query;
    }

    private static String safe(String text) {
        return text == null ? "" : text;
    }

    private static Analyzer chain(SynonymMap synonyms, boolean flatten) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new ASCIIFoldingFilter(stream);
                if (synonyms != null && synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                    if (flatten) {
                        stream = new FlattenGraphFilter(stream);
                    }
                }
                stream = new SpanishLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The part of the chain that the synonym rules go through: tokenizer, lowercase, stop words, folding. */
    private static Analyzer ruleAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static SynonymMap parse(List<String> rules) {
        Objects.requireNonNull(rules, "rules");
        try (Analyzer analyzer = ruleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            for (String rule : rules) {
                try {
                    parser.parse(new StringReader(rule));
                } catch (ParseException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("synonym rule does not parse through the chain: \"" + rule
                            + "\" (" + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")", e);
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index-side token.
     *
     * @param term the analysed term
     * @param position its position, stop-word holes included
     * @param startOffset start of the original word in the text
     * @param endOffset end of the original word in the text
     * @param surface the original word, as written
     */
    public record Token(String term, int position, int startOffset, int endOffset, String surface) {
    }

    /**
     * A query concept: one requested word or phrase and the ways a supplier may say it.
     *
     * @param surface the words of the query it stands for, as written ("foil de aluminio")
     * @param startOffset start in the query text
     * @param endOffset end in the query text
     * @param alternatives the original wording first (when present), then each synonym, as stemmed terms
     */
    public record QueryConcept(String surface, int startOffset, int endOffset, List<List<String>> alternatives) {
        public QueryConcept {
            alternatives = List.copyOf(alternatives);
        }

        /** @return true when a synonym rule added other wordings */
        public boolean expanded() {
            return alternatives.size() > 1;
        }
    }
}
