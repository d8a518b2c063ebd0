package co.encadena.matching.scoring;

import co.encadena.matching.text.TextRelevance;
import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import co.encadena.matching.text.TextRelevance.Document;
import co.encadena.matching.text.TextRelevance.Query;
import co.encadena.matching.text.TextRelevance.Relevance;
import co.encadena.matching.text.TextRelevance.WeightedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Offering fit, the text factor: how well the supplier's own words answer the requirement's, as a retrieval
 * engine would rank them, plus agreement of product codes.
 *
 * <p>Lexical part: {@link TextRelevance} BM25 of the requirement (title weight {@value #TITLE_WEIGHT}, description
 * {@value #DESCRIPTION_WEIGHT}) against the supplier (offering names {@value #OFFERING_NAME_WEIGHT}, offering
 * descriptions, description and names 1), normalised by the best candidate's score — but never by less than
 * {@value #IDEAL_FLOOR} of the score of a document answering every concept once, so that when every candidate is
 * weak none looks perfect; averaged ({@value #TITLE_SHARE}) with the share of the title's concepts (idf-weighted)
 * the supplier answers, since the title names the product and the description mostly conditions. Codes: 1 when an offering shares the requirement's UNSPSC family (first 4 digits), 0.5 the
 * segment (2 digits). Factor: {@code (1 − c) × lexical + c × codes}, {@code c} = {@value #CODE_SHARE} (lexical
 * alone when the requirement lists no UNSPSC).
 */
public final class OfferingFit {

    static final double TITLE_WEIGHT = 1.0;
    static final double DESCRIPTION_WEIGHT = 0.5;
    static final double OFFERING_NAME_WEIGHT = 2.0;
    static final double IDEAL_FLOOR = 0.3;
    static final double CODE_SHARE = 0.2;
    static final double TITLE_SHARE = 0.5;

    private final TextRelevance relevance;

    public OfferingFit(TextRelevance relevance) {
        this.relevance = Objects.requireNonNull(relevance, "relevance");
    }

    /** The requirement's words, analysed on the query side: all of them, and the title alone. */
    public RequirementText query(Requirement requirement) {
        return new RequirementText(
                relevance.query(List.of(new WeightedText(requirement.title(), TITLE_WEIGHT),
                        new WeightedText(requirement.description(), DESCRIPTION_WEIGHT))),
                relevance.query(List.of(new WeightedText(requirement.title(), TITLE_WEIGHT))));
    }

    /** The requirement's analysed words: title and description, and the title alone (what is asked for). */
    public record RequirementText(Query all, Query title) {
    }

    /** A supplier's relevance to the whole requirement and to its title. */
    public record Evidence(Relevance all, Relevance title) {
    }

    /** The supplier's words, analysed on the index side (the fields the OpenSearch index holds). */
    public Document document(SupplierProfile supplier) {
        List<WeightedText> fields = new ArrayList<>();
        for (Offering o : supplier.offerings()) {
            fields.add(new WeightedText(o.name(), OFFERING_NAME_WEIGHT));
            fields.add(new WeightedText(o.description(), 1.0));
        }
        fields.add(new WeightedText(supplier.description(), 1.0));
        fields.add(new WeightedText(supplier.name(), 1.0));
        if (supplier.tradeName() != null && !supplier.name().contains(supplier.tradeName())) {
            fields.add(new WeightedText(supplier.tradeName(), 1.0));
        }
        return relevance.document(fields);
    }

    /** Raw BM25 relevance with its explanation. */
    public Evidence relevance(RequirementText query, Document document, CorpusStatistics corpus) {
        return new Evidence(relevance.score(query.all(), document, corpus),
                relevance.score(query.title(), document, corpus));
    }

    /**
     * @param value the factor, in [0, 1]
     * @param lexical normalised text relevance
     * @param relevance the raw relevance and the concepts matched
     * @param sharedUnspsc an offering's UNSPSC code in the requirement's family, or null
     */
    public record Assessment(double value, double lexical, Relevance relevance, String sharedUnspsc) {
    }

    /**
     * @param best the best raw relevance among the candidates (the retrieval normaliser)
     */
    public Assessment assess(Requirement requirement, SupplierProfile supplier, Evidence evidence, double best) {
        Relevance raw = evidence.all();
        double reference = Math.max(best, IDEAL_FLOOR * raw.ideal());
        double retrieval = reference > 0 ? Math.min(1.0, raw.score() / reference) : 0;
        double lexical = (1 - TITLE_SHARE) * retrieval + TITLE_SHARE * evidence.title().coverage();
        double codes = 0;
        String shared = null;
        for (String wanted : requirement.unspsc()) {
            for (Offering o : supplier.offerings()) {
                if (o.unspsc() == null) {
                    continue;
                }
                if (sameFamily(wanted, o.unspsc())) {
                    codes = 1;
                    shared = o.unspsc();
                } else if (codes < 0.5 && o.unspsc().length() >= 2 && wanted.regionMatches(0, o.unspsc(), 0, 2)) {
                    codes = 0.5;
                }
            }
        }
        double value = requirement.unspsc().isEmpty() ? lexical : (1 - CODE_SHARE) * lexical + CODE_SHARE * codes;
        return new Assessment(value, lexical, raw, shared);
    }

    private static boolean sameFamily(String a, String b) {
        return a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4);
    }
}
