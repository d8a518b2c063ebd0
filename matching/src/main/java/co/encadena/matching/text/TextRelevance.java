package co.encadena.matching.text;

import co.encadena.matching.text.SpanishTextAnalysis.QueryConcept;
import co.encadena.matching.text.SpanishTextAnalysis.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BM25 over analysed concepts: how well a supplier's own words answer a requirement's words, with the synonym
 * graph of {@link SpanishTextAnalysis} deciding what counts as the same word. It is the retrieval signal of the
 * text factor and the source of its explanation ("Coincide en: blíster, foil de aluminio").
 *
 * <p>Each query concept (a word, or a phrase a synonym rule matched) scores once, like a Lucene
 * {@code SynonymQuery}: its term frequency is the sum over its wordings, its document frequency the largest of
 * theirs. A multi-word wording counts where its words appear in order with at most one word between them (stop
 * words leave holes). When no wording matches whole, a wording at least half present counts for half
 * ({@link #partialCredit}): "pulpa de papel" half-answers "pulpa de fruta". Field weights play the role of BM25F
 * boosts.
 */
public final class TextRelevance {

    /** BM25 term-frequency saturation. */
    public static final double K1 = 1.2;
    /** BM25 length normalisation; profiles are short, so lower than Lucene's 0.75. */
    public static final double B = 0.5;
    /** Largest position distance between consecutive words of a phrase (1 = adjacent). */
    private static final int PHRASE_SLOP = 2;

    private final SpanishTextAnalysis analysis;
    private final double partialCredit;

    /**
     * @param analysis the analysis chain (the project's: {@link SpanishTextAnalysis#withDomainSynonyms()})
     * @param partialCredit share of a concept counted when at least half of one of its multi-word wordings is
     *     present (0 disables it)
     */
    public TextRelevance(SpanishTextAnalysis analysis, double partialCredit) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        if (!(partialCredit >= 0 && partialCredit <= 1)) {
            throw new IllegalArgumentException("partialCredit must be in [0, 1]: " + partialCredit);
        }
        this.partialCredit = partialCredit;
    }

    /** With the project's chain and half credit for half-present phrases. */
    public static TextRelevance standard() {
        return new TextRelevance(SpanishTextAnalysis.withDomainSynonyms(), 0.5);
    }

    /** A text with the weight of the field it comes from. */
    public record WeightedText(String text, double weight) {
        public WeightedText {
            text = text == null ? "" : text;
            if (!(weight > 0)) {
                throw new IllegalArgumentException("field weight must be positive: " + weight);
            }
        }
    }

    /** A query concept with the weight of the field it came from (the largest, when in several). */
    public record WeightedConcept(QueryConcept concept, double weight) {
    }

    /** The requirement side: concepts, deduplicated. */
    public record Query(List<WeightedConcept> concepts) {
        public Query {
            concepts = List.copyOf(concepts);
        }
    }

    /** Analyses the requirement's fields (query side, synonyms expanded). */
    public Query query(List<WeightedText> fields) {
        Map<List<List<String>>, WeightedConcept> byWording = new LinkedHashMap<>();
        for (WeightedText field : fields) {
            for (QueryConcept concept : analysis.queryConcepts(field.text())) {
                byWording.merge(concept.alternatives(), new WeightedConcept(concept, field.weight()),
                        (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
        return new Query(new ArrayList<>(byWording.values()));
    }

    /** Analyses a supplier's fields (index side). */
    public Document document(List<WeightedText> fields) {
        return new Document(analysis, fields);
    }

    /** A supplier's text, analysed once. */
    public static final class Document {
        private final List<WeightedText> fields;
        private final Map<String, List<Occurrence>> postings = new HashMap<>();
        private final int length;

        private Document(SpanishTextAnalysis analysis, List<WeightedText> fields) {
            this.fields = List.copyOf(fields);
            int count = 0;
            for (int f = 0; f < this.fields.size(); f++) {
                for (Token token : analysis.indexTokens(this.fields.get(f).text())) {
                    postings.computeIfAbsent(token.term(), k -> new ArrayList<>()).add(new Occurrence(f, token));
                    count++;
                }
            }
            this.length = count;
        }

        /** @return number of index terms */
        public int length() {
            return length;
        }

        /** @return the distinct index terms */
        public Set<String> terms() {
            return postings.keySet();
        }

        private List<Occurrence> occurrences(String term) {
            return postings.getOrDefault(term, List.of());
        }
    }

    private record Occurrence(int field, Token token) {
    }

    /** Document frequencies over a collection of supplier documents. */
    public static final class CorpusStatistics {
        private final int documents;
        private final double averageLength;
        private final Map<String, Integer> documentFrequency;

        private CorpusStatistics(int documents, double averageLength, Map<String, Integer> documentFrequency) {
            this.documents = documents;
            this.averageLength = averageLength;
            this.documentFrequency = documentFrequency;
        }

        /** Counts over {@code documents} (in the product: every supplier, or the retrieved candidates). */
        public static CorpusStatistics of(Collection<Document> documents) {
            Map<String, Integer> df = new HashMap<>();
            long total = 0;
            for (Document d : documents) {
                total += d.length();
                for (String term : d.terms()) {
                    df.merge(term, 1, Integer::sum);
                }
            }
            double avg = documents.isEmpty() ? 1 : Math.max(1, (double) total / documents.size());
            return new CorpusStatistics(documents.size(), avg, Map.copyOf(df));
        }

        /** @return number of documents containing {@code term} */
        public int documentFrequency(String term) {
            return documentFrequency.getOrDefault(term, 0);
        }

        /** @return number of documents */
        public int documents() {
            return documents;
        }

        /** @return mean document length in terms */
        public double averageLength() {
            return averageLength;
        }

        /** BM25 inverse document frequency of a concept: a synonym set counts as its most frequent wording. */
        double idf(QueryConcept concept) {
            int df = 0;
            for (List<String> wording : concept.alternatives()) {
                int wordingDf = Integer.MAX_VALUE;
                for (String term : wording) {
                    wordingDf = Math.min(wordingDf, documentFrequency(term));
                }
                df = Math.max(df, wordingDf == Integer.MAX_VALUE ? 0 : wordingDf);
            }
            return df == 0 ? 0 : Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        }
    }

    /**
     * A requested concept the supplier's text answers.
     *
     * @param requested the requirement's words ("foil de aluminio")
     * @param offered the supplier's words that answered it ("lidding")
     * @param viaSynonym true when they matched through a synonym rather than the same word
     * @param partial true when only part of a phrase matched
     * @param contribution its share of the score
     */
    public record MatchedConcept(String requested, String offered, boolean viaSynonym, boolean partial,
                                 double contribution) {
    }

    /**
     * @param score raw BM25 score
     * @param ideal the score of a document answering every concept that occurs in the corpus once, at average
     *     length: the scale to normalise by
     * @param coverage share of the query's weight (field weight × idf) answered, a half-present phrase counting
     *     for its partial credit: in [0, 1], independent of how often the words occur
     * @param matched the concepts answered, largest contribution first
     */
    public record Relevance(double score, double ideal, double coverage, List<MatchedConcept> matched) {
        public Relevance {
            matched = List.copyOf(matched);
        }
    }

    /** Scores one document against a query. */
    public Relevance score(Query query, Document document, CorpusStatistics stats) {
        double score = 0;
        double ideal = 0;
        double answered = 0;
        List<MatchedConcept> matched = new ArrayList<>();
        double lengthNorm = 1 - B + B * document.length() / stats.averageLength();
        for (WeightedConcept wc : query.concepts()) {
            double idf = stats.idf(wc.concept());
            if (idf == 0) {
                continue;
            }
            double weight = wc.weight() * idf;
            ideal += weight;
            ConceptHit hit = hit(wc.concept(), document);
            if (hit.tf > 0) {
                double contribution = weight * hit.tf * (K1 + 1) / (hit.tf + K1 * lengthNorm);
                score += contribution;
                answered += weight * (hit.partial ? hit.tf : 1.0);
                matched.add(new MatchedConcept(wc.concept().surface(), hit.offered, hit.viaSynonym, hit.partial,
                        contribution));
            }
        }
        matched.sort((a, b) -> Double.compare(b.contribution(), a.contribution()));
        return new Relevance(score, ideal, ideal > 0 ? answered / ideal : 0, matched);
    }

    private record ConceptHit(double tf, String offered, boolean viaSynonym, boolean partial) {
    }

    private ConceptHit hit(QueryConcept concept, Document document) {
        double tf = 0;
        String offered = null;
        boolean viaSynonym = false;
        List<List<String>> wordings = concept.alternatives();
        for (int w = 0; w < wordings.size(); w++) {
            List<String> wording = wordings.get(w);
            PhraseHits hits = phraseHits(wording, document);
            if (hits.tf > 0) {
                tf += hits.tf;
                if (offered == null) {
                    offered = hits.firstSurface;
                    viaSynonym = w > 0 || !sameWords(concept.surface(), hits.firstSurface);
                }
            }
        }
        if (tf > 0) {
            return new ConceptHit(tf, offered, viaSynonym, false);
        }
        if (partialCredit == 0) {
            return new ConceptHit(0, null, false, false);
        }
        double best = 0;
        String bestSurface = null;
        for (List<String> wording : wordings) {
            if (wording.size() < 2) {
                continue;
            }
            int present = 0;
            String surface = null;
            for (String term : wording) {
                List<Occurrence> occ = document.occurrences(term);
                if (!occ.isEmpty()) {
                    present++;
                    Token token = occ.get(0).token();
                    surface = surface == null ? SpanishTextAnalysis.surface(
                            document.fields.get(occ.get(0).field()).text(), token.startOffset(), token.endOffset())
                            : surface;
                }
            }
            double share = (double) present / wording.size();
            if (share >= 0.5 && share > best) {
                best = share;
                bestSurface = surface;
            }
        }
        return best > 0 ? new ConceptHit(partialCredit * best, bestSurface, false, true)
                : new ConceptHit(0, null, false, false);
    }

    private boolean sameWords(String a, String b) {
        return analysis.indexTerms(a).equals(analysis.indexTerms(b));
    }

    private record PhraseHits(double tf, String firstSurface) {
    }

    /** Weighted count of the places where the words of {@code wording} occur in order in one field. */
    private static PhraseHits phraseHits(List<String> wording, Document document) {
        List<Occurrence> starts = document.occurrences(wording.get(0));
        double tf = 0;
        String first = null;
        for (Occurrence start : starts) {
            Occurrence last = start;
            boolean whole = true;
            for (int i = 1; i < wording.size() && whole; i++) {
                Occurrence next = following(document.occurrences(wording.get(i)), last);
                if (next == null) {
                    whole = false;
                } else {
                    last = next;
                }
            }
            if (whole) {
                WeightedText field = document.fields.get(start.field());
                tf += field.weight();
                if (first == null) {
                    first = SpanishTextAnalysis.surface(field.text(), start.token().startOffset(),
                            last.token().endOffset());
                }
            }
        }
        return new PhraseHits(tf, first);
    }

    private static Occurrence following(List<Occurrence> candidates, Occurrence previous) {
        for (Occurrence o : candidates) {
            int gap = o.token().position() - previous.token().position();
            if (o.field() == previous.field() && gap >= 1 && gap <= PHRASE_SLOP) {
                return o;
            }
        }
        return null;
    }

    /** Distinct analysed terms of a set of documents (for tests and diagnostics). */
    static Set<String> vocabulary(Collection<Document> documents) {
        Set<String> terms = new HashSet<>();
        documents.forEach(d -> terms.addAll(d.terms()));
        return terms;
    }
}
