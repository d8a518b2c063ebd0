package co.encadena.api.matching.application;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.reference.persistence.Certification;
import co.encadena.api.reference.persistence.ReferenceData;
import co.encadena.api.search.application.IndexNames;
import co.encadena.api.search.application.SupplierSearch;
import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.api.search.persistence.SearchDocuments.RequirementRow;
import co.encadena.api.search.persistence.SearchDocuments.SupplierRow;
import co.encadena.api.search.persistence.SearchOutbox.Entity;
import co.encadena.matching.scoring.Gap;
import co.encadena.matching.scoring.SupplierMatch;
import co.encadena.matching.scoring.SupplierProfile;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * For a mipyme: the open requirements it could serve, best first — those it already meets and those it nearly
 * meets, each with what it lacks and, for certifications, who issues them. Candidates come from the
 * requirement index (the mipyme's offerings and chains as the query), the scoring from {@code matching}.
 */
@Singleton
public class FindingOpportunities {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** A certification the mipyme lacks, and who issues it. */
    @Serdeable
    public record Lack(String code, String name, String issuer) {
    }

    /** One requirement as an opportunity for the mipyme. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Opportunity(String requirementId, String externalId, String title, String anchorName,
                              @Nullable String neededBy, boolean eligible, double score, Map<String, Double> factors,
                              List<String> reasons, List<String> gaps, List<Lack> lacks) {
    }

    /** The mipyme's opportunities. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(String supplierId, String nit, List<Opportunity> eligible, List<Opportunity> nearlyEligible) {
    }

    private final OpenSearchClient client;
    private final IndexNames names;
    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;
    private final SupplierCorpus corpus;
    private final Explaining explaining;
    private final ReferenceData.Certifications certifications;
    private final Clock clock;

    FindingOpportunities(OpenSearchClient client, IndexNames names, SearchDocuments documents, ScoringProfiles profiles,
                         MatchingModel model, SupplierCorpus corpus, Explaining explaining,
                         ReferenceData.Certifications certifications, Clock clock) {
        this.client = client;
        this.names = names;
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
        this.corpus = corpus;
        this.explaining = explaining;
        this.certifications = certifications;
        this.clock = clock;
    }

    @Transactional
    public Result opportunities(UUID supplierId, int limit) {
        SupplierRow row = documents.suppliers(List.of(supplierId)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("error.supplier.notFound"));
        SupplierProfile supplier = profiles.supplier(row);
        List<UUID> ids = retrieve(row);
        LocalDate today = LocalDate.now(clock.withZone(BOGOTA));
        Map<String, Certification> catalogue = certifications.findAllOrderByCode().stream()
                .collect(Collectors.toMap(Certification::code, c -> c));
        List<Opportunity> eligible = new ArrayList<>();
        List<Opportunity> near = new ArrayList<>();
        var stats = corpus.statistics();
        for (RequirementRow r : documents.requirements(ids)) {
            if (!"OPEN".equals(r.status()) || r.delivery().isEmpty()) {
                continue;
            }
            SupplierMatch m = model.engine().assess(profiles.requirement(r), supplier, stats, today);
            if (m.factors().getOrDefault("text", 0.0) < 0.15 && m.factors().getOrDefault("valueChain", 0.0) < 0.5) {
                continue; // not this mipyme's trade at all
            }
            Set<String> lacking = new LinkedHashSet<>();
            for (Gap g : m.gaps()) {
                if (g.key().startsWith("gap.certification") && !g.args().isEmpty()) {
                    lacking.add(g.args().get(0));
                }
            }
            List<Lack> lacks = lacking.stream().filter(catalogue::containsKey)
                    .map(code -> new Lack(code, catalogue.get(code).name(), catalogue.get(code).issuer())).toList();
            Map<String, Double> factors = new LinkedHashMap<>();
            m.factors().forEach((k, v) -> factors.put(k, Math.round(v * 1000) / 1000.0));
            Opportunity o = new Opportunity(r.id().toString(), r.externalId(), r.title(), r.anchorName(),
                    r.neededBy() == null ? null : r.neededBy().toString(), m.eligible(),
                    Math.round(m.score() * 1000) / 1000.0, factors,
                    m.reasons().stream().map(x -> explaining.render(x.key(), x.args())).toList(),
                    m.gaps().stream().map(x -> explaining.render(x.key(), x.args())).toList(), lacks);
            (m.eligible() ? eligible : near).add(o);
        }
        Comparator<Opportunity> best = Comparator.comparingDouble(Opportunity::score).reversed();
        eligible.sort(best);
        near.sort(best);
        return new Result(supplierId.toString(), row.nit(), eligible.stream().limit(limit).toList(),
                near.stream().limit(limit).toList());
    }

    @SuppressWarnings("rawtypes")
    private List<UUID> retrieve(SupplierRow s) {
        StringBuilder text = new StringBuilder();
        s.offerings().forEach(o -> text.append(o.name()).append(". ").append(o.description() == null ? "" : o.description()).append(' '));
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .filter(Query.of(q -> q.term(t -> t.field("status").value(FieldValue.of("OPEN")))));
        String query = text.toString().strip();
        if (!query.isEmpty()) {
            bool.should(Query.of(q -> q.multiMatch(m -> m.query(query).fields("title^3", "description")
                    .type(TextQueryType.BestFields).operator(Operator.Or).autoGenerateSynonymsPhraseQuery(false))));
        }
        List<String> chains = s.chainLinks().stream().map(cl -> cl.split(":", 2)[0]).distinct().toList();
        if (!chains.isEmpty()) {
            bool.should(Query.of(q -> q.terms(t -> t.field("valueChain").boost(2.0f)
                    .terms(v -> v.value(chains.stream().map(FieldValue::of).toList())))));
        }
        if (!s.ciiu().isEmpty()) {
            bool.should(Query.of(q -> q.terms(t -> t.field("ciiu").terms(v -> v.value(
                    s.ciiu().stream().map(FieldValue::of).toList())))));
        }
        bool.minimumShouldMatch("1");
        try {
            SearchResponse<Map> response = client.search(q -> q.index(names.alias(Entity.REQUIREMENT))
                    .query(x -> x.bool(bool.build())).size(200).source(src -> src.filter(f -> f.includes("id"))), Map.class);
            List<UUID> ids = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                ids.add(UUID.fromString(hit.id()));
            }
            return ids;
        } catch (IOException | RuntimeException e) {
            throw SupplierSearch.unavailableFor(e);
        }
    }
}
