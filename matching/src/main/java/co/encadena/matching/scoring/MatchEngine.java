package co.encadena.matching.scoring;

import co.encadena.matching.certification.SatisfiesRelation;
import co.encadena.matching.text.TextRelevance;
import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import co.encadena.matching.text.TextRelevance.Document;
import co.encadena.matching.text.TextRelevance.MatchedConcept;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores candidates for a requirement: eligibility first (mandatory certifications valid on the date, territory),
 * then a transparent weighted score of five factors, each with its reasons; ineligible suppliers that fit well
 * come back as near misses with their gaps. The same code runs in the API, the offline evaluation and the tests.
 *
 * <p>Factors, policies and keys are tabled in {@code matching/README.md}. Immutable and thread-safe.
 */
public final class MatchEngine {

    /** A candidate whose offering fit is below this is neither a match nor a near miss (nothing in common). */
    public static final double MINIMUM_TEXT = 0.05;
    /** At most this many matched words are named in {@code reason.textMatch}. */
    static final int MAX_TERMS_NAMED = 5;
    /** At most this many synonym pairs are named. */
    static final int MAX_SYNONYMS_NAMED = 3;

    private final Weights weights;
    private final CertificationPolicy certifications;
    private final TerritoryPolicy territory = new TerritoryPolicy();
    private final ValueChainPolicy valueChain = new ValueChainPolicy();
    private final InclusionPolicy inclusion;
    private final OfferingFit offeringFit;

    /**
     * @param weights the programme's weights
     * @param satisfies which certification satisfies which
     * @param inclusion the programme's inclusion policy
     * @param text the text relevance (the project's: {@link TextRelevance#standard()})
     */
    public MatchEngine(Weights weights, SatisfiesRelation satisfies, InclusionPolicy inclusion, TextRelevance text) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.certifications = new CertificationPolicy(satisfies);
        this.inclusion = Objects.requireNonNull(inclusion, "inclusion");
        this.offeringFit = new OfferingFit(text);
    }

    /** Default weights, EnCadena's inclusion policy, the project's text analysis. */
    public static MatchEngine standard(SatisfiesRelation satisfies) {
        return new MatchEngine(Weights.defaults(), satisfies, InclusionPolicy.encadena(), TextRelevance.standard());
    }

    /** @return the weights in use */
    public Weights weights() {
        return weights;
    }

    /** Analyses a supplier's text once (index side), e.g. to build corpus statistics over every supplier. */
    public Document document(SupplierProfile supplier) {
        return offeringFit.document(supplier);
    }

    /**
     * Matches with term statistics taken from the candidates themselves.
     *
     * @see #match(Requirement, List, CorpusStatistics, LocalDate, int)
     */
    public MatchResult match(Requirement requirement, List<SupplierProfile> candidates, LocalDate today, int limit) {
        List<Document> documents = candidates.stream().map(offeringFit::document).toList();
        return match(requirement, candidates, documents, CorpusStatistics.of(documents), today, limit);
    }

    /**
     * @param requirement what the anchor needs
     * @param candidates suppliers to consider (in the product: those the search retrieved)
     * @param corpus term statistics over all suppliers (preferred: retrieved candidates share the query's words,
     *     which would flatten their weights)
     * @param today the matching day (certificates must be valid on {@code neededBy}, or on this day without one)
     * @param limit at most this many matches and this many near misses
     */
    public MatchResult match(Requirement requirement, List<SupplierProfile> candidates, CorpusStatistics corpus,
                             LocalDate today, int limit) {
        List<Document> documents = candidates.stream().map(offeringFit::document).toList();
        return match(requirement, candidates, documents, corpus, today, limit);
    }

    /**
     * Scores one supplier on its own, eligible or not, with its gaps: the supplier-side view ("which requirements
     * do I nearly meet, and what do I lack?"). Without a candidate list the text is normalised by the floor of
     * the ideal score only, so the value can differ from the same supplier's in a ranked list.
     */
    public SupplierMatch assess(Requirement requirement, SupplierProfile supplier, CorpusStatistics corpus,
                                LocalDate today) {
        LocalDate date = requirement.referenceDate(Objects.requireNonNull(today, "today"));
        OfferingFit.Evidence evidence = offeringFit.relevance(offeringFit.query(requirement),
                offeringFit.document(supplier), corpus);
        return assess(requirement, supplier, evidence, 0, date);
    }

    /**
     * As {@link #match(Requirement, List, CorpusStatistics, LocalDate, int)}, with the candidates' analysed
     * documents supplied by the caller — the API caches them per supplier version, since analysing text is most
     * of the work of a match.
     *
     * @param documents {@link #document(SupplierProfile)} of each candidate, in the same order
     */
    public MatchResult match(Requirement requirement, List<SupplierProfile> candidates, List<Document> documents,
                             CorpusStatistics corpus, LocalDate today, int limit) {
        if (documents.size() != candidates.size()) {
            throw new IllegalArgumentException("one document per candidate: " + documents.size() + " for "
                    + candidates.size());
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be ≥ 0: " + limit);
        }
        LocalDate date = requirement.referenceDate(Objects.requireNonNull(today, "today"));
        OfferingFit.RequirementText query = offeringFit.query(requirement);
        List<OfferingFit.Evidence> relevances = new ArrayList<>(candidates.size());
        double best = 0;
        for (Document d : documents) {
            OfferingFit.Evidence r = offeringFit.relevance(query, d, corpus);
            relevances.add(r);
            best = Math.max(best, r.all().score());
        }
        List<SupplierMatch> eligible = new ArrayList<>();
        List<SupplierMatch> ineligible = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            SupplierMatch m = assess(requirement, candidates.get(i), relevances.get(i), best, date);
            if (m.factors().get(Factor.TEXT.key()) < MINIMUM_TEXT) {
                continue;
            }
            (m.eligible() ? eligible : ineligible).add(m);
        }
        return new MatchResult(requirement.externalId(), rank(eligible, limit), rank(ineligible, limit));
    }

    private static List<SupplierMatch> rank(List<SupplierMatch> list, int limit) {
        list.sort(Comparator.comparingDouble(SupplierMatch::score).reversed().thenComparing(SupplierMatch::nit));
        List<SupplierMatch> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, list.size()); i++) {
            out.add(list.get(i).ranked(i + 1));
        }
        return out;
    }

    private SupplierMatch assess(Requirement requirement, SupplierProfile supplier, OfferingFit.Evidence relevance,
                                 double best,
                                 LocalDate date) {
        OfferingFit.Assessment text = offeringFit.assess(requirement, supplier, relevance, best);
        ValueChainPolicy.Assessment chain = valueChain.assess(requirement, supplier);
        CertificationPolicy.Assessment certs = certifications.assess(requirement, supplier, date);
        TerritoryPolicy.Assessment reach = territory.assess(requirement, supplier);
        InclusionPolicy.Assessment incl = inclusion.assess(requirement, supplier);

        Map<Factor, Double> factors = new EnumMap<>(Factor.class);
        factors.put(Factor.TEXT, text.value());
        factors.put(Factor.VALUE_CHAIN, chain.value());
        factors.put(Factor.CERTIFICATIONS, certs.value());
        factors.put(Factor.TERRITORY, reach.value());
        factors.put(Factor.INCLUSION, incl.value());
        Map<String, Double> byKey = new LinkedHashMap<>();
        factors.forEach((f, v) -> byKey.put(f.key(), round(v)));

        List<Reason> reasons = new ArrayList<>();
        textReasons(text, reasons);
        chainReasons(requirement, chain, reasons);
        certificationReasons(certs, reasons);
        territoryReasons(requirement, reach, reasons);
        if (!incl.met().isEmpty()) {
            reasons.add(new Reason("reason.inclusion", incl.met().stream().map(MatchEngine::traitKey).toList()));
        }
        List<Gap> gaps = new ArrayList<>(certs.gaps());
        gaps.addAll(reach.gaps());
        boolean eligible = certs.eligible() && reach.eligible();
        return new SupplierMatch(supplier.nit(), supplier.name(), 0, eligible, round(weights.combine(factors)), byKey,
                reasons, gaps);
    }

    // reason.textMatch names the requested words the supplier answers; reason.textSynonym how it says them.
    private static void textReasons(OfferingFit.Assessment text, List<Reason> reasons) {
        Set<String> named = new LinkedHashSet<>();
        List<Reason> synonyms = new ArrayList<>();
        for (MatchedConcept c : text.relevance().matched()) {
            if (c.partial() || named.size() >= MAX_TERMS_NAMED) {
                continue;
            }
            if (named.add(c.requested()) && c.viaSynonym() && synonyms.size() < MAX_SYNONYMS_NAMED) {
                synonyms.add(Reason.of("reason.textSynonym", c.requested(), c.offered()));
            }
        }
        if (!named.isEmpty()) {
            reasons.add(new Reason("reason.textMatch", List.copyOf(named)));
        }
        reasons.addAll(synonyms);
        if (text.sharedUnspsc() != null) {
            reasons.add(Reason.of("reason.productCode", text.sharedUnspsc()));
        }
    }

    private static void chainReasons(Requirement requirement, ValueChainPolicy.Assessment chain,
                                     List<Reason> reasons) {
        if (chain.position() != null && chain.sameLink()) {
            reasons.add(Reason.of("reason.valueChain", chain.position().chain(), chain.position().link()));
        } else if (chain.position() != null) {
            reasons.add(Reason.of("reason.valueChainOtherLink", chain.position().chain(), chain.position().link(),
                    requirement.link()));
        }
        if (chain.sharedCiiu() != null) {
            reasons.add(Reason.of("reason.activity", chain.sharedCiiu()));
        }
    }

    private static void certificationReasons(CertificationPolicy.Assessment certs, List<Reason> reasons) {
        if (certs.mandatoryTotal() > 0) {
            reasons.add(Reason.of("reason.mandatoryCertifications", certs.mandatoryHeld(), certs.mandatoryTotal()));
        }
        if (!certs.preferredHeld().isEmpty()) {
            reasons.add(new Reason("reason.preferredCertifications", certs.preferredHeld()));
        }
    }

    private static void territoryReasons(Requirement requirement, TerritoryPolicy.Assessment reach,
                                         List<Reason> reasons) {
        int reached = 0;
        for (TerritoryPolicy.PlaceReach p : reach.places()) {
            switch (p.reach()) {
                case NATIONAL -> reasons.add(Reason.of("reason.deliversNationwide", p.place().municipality(), p.km()));
                case DEPARTMENT -> reasons.add(Reason.of("reason.delivers", p.place().department(),
                        p.place().municipality(), p.km()));
                case DISTANCE -> reasons.add(Reason.of("reason.withinRadius", p.place().municipality(), p.km(),
                        requirement.maxDistanceKm()));
                case NONE -> {
                    continue;
                }
            }
            reached++;
        }
        if (reached > 0 && reached < reach.places().size()) {
            reasons.add(Reason.of("reason.reachesSome", reached, reach.places().size()));
        }
    }

    private static String traitKey(InclusionPolicy.Trait t) {
        return switch (t) {
            case WOMEN_LED -> "womenLed";
            case ETHNIC_GROUP -> "ethnicGroup";
            case VICTIMS -> "victims";
            case YOUTH_LED -> "youthLed";
            case POPULAR_ECONOMY -> "popularEconomy";
            case PDET -> "pdet";
            case ZOMAC -> "zomac";
        };
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
