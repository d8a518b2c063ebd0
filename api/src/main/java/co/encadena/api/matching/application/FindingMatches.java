package co.encadena.api.matching.application;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.search.application.IndexNames;
import co.encadena.api.search.application.SupplierSearch;
import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.api.search.persistence.SearchDocuments.RequirementRow;
import co.encadena.api.search.persistence.SearchOutbox.Entity;
import co.encadena.matching.scoring.Gap;
import co.encadena.matching.scoring.MatchResult;
import co.encadena.matching.scoring.Reason;
import co.encadena.matching.scoring.SupplierMatch;
import co.encadena.matching.scoring.SupplierProfile;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The shortlist for a requirement, in two stages: OpenSearch retrieves a generous candidate set (the
 * requirement's words with Spanish analysis and domain synonyms, its value chain, CIIU and UNSPSC families —
 * never filtering territory or certifications, so near misses are found too); {@code matching} then scores
 * and ranks them with explanations, and separates the eligible from the near misses with their gaps.
 */
@Singleton
public class FindingMatches {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** A supplier in the answer, with its reasons and gaps in Spanish. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MatchView(String supplierId, String nit, String name, int rank, boolean eligible, double score,
                            Map<String, Double> factors, List<String> reasons, List<String> gaps) {
    }

    /** The match result of the interchange spec (empty lists are written, not left out). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Result(String requirementId, String externalId, String anchorNit, OffsetDateTime generatedAt,
                         List<MatchView> matches, List<MatchView> nearMisses, int candidates) {
    }

    private final OpenSearchClient client;
    private final IndexNames names;
    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;
    private final SupplierCorpus corpus;
    private final Explaining explaining;
    private final Clock clock;
    private final AnalysedSuppliers analysedSuppliers;
    private final int candidateLimit;

    FindingMatches(OpenSearchClient client, IndexNames names, SearchDocuments documents, ScoringProfiles profiles,
                   MatchingModel model, SupplierCorpus corpus, Explaining explaining, Clock clock,
                   AnalysedSuppliers analysedSuppliers, @Value("${encadena.matching.candidates:400}") int candidateLimit) {
        this.analysedSuppliers = analysedSuppliers;
        this.client = client;
        this.names = names;
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
        this.corpus = corpus;
        this.explaining = explaining;
        this.clock = clock;
        this.candidateLimit = candidateLimit;
    }

    /** @param anchorId when the caller is an anchor: the requirement must be its own (else 404) */
    @Transactional
    public Result matches(UUID requirementId, @Nullable UUID anchorId, int limit) {
        RequirementRow row = documents.requirements(List.of(requirementId)).stream().findFirst()
                .filter(r -> anchorId == null || r.anchorId().equals(anchorId))
                .orElseThrow(() -> ApiException.notFound("error.requirement.notFound"));
        if (row.delivery().isEmpty()) {
            throw ApiException.of(io.micronaut.http.HttpStatus.CONFLICT, "error.requirement.noDelivery");
        }
        List<UUID> ids = retrieve(row);
        Map<String, UUID> idByNit = new HashMap<>();
        List<SupplierProfile> candidates = new ArrayList<>();
        List<co.encadena.matching.text.TextRelevance.Document> analysed = new ArrayList<>();
        for (AnalysedSuppliers.Analysed candidate : analysedSuppliers.current(ids)) {
            idByNit.put(candidate.profile().nit(), candidate.id());
            candidates.add(candidate.profile());
            analysed.add(candidate.document());
        }
        LocalDate today = LocalDate.now(clock.withZone(BOGOTA));
        MatchResult result = model.engine().match(profiles.requirement(row), candidates, analysed, corpus.statistics(),
                today, limit);
        return new Result(row.id().toString(), row.externalId(), row.anchorNit(),
                OffsetDateTime.now(clock.withZone(BOGOTA)),
                result.matches().stream().map(m -> view(m, idByNit)).toList(),
                result.nearMisses().stream().map(m -> view(m, idByNit)).toList(), candidates.size());
    }

    private MatchView view(SupplierMatch m, Map<String, UUID> idByNit) {
        Map<String, Double> factors = new LinkedHashMap<>();
        m.factors().forEach((k, v) -> factors.put(k, round(v)));
        List<String> reasons = m.reasons().stream().map((Reason r) -> explaining.render(r.key(), r.args())).toList();
        List<String> gaps = m.gaps().stream().map((Gap g) -> explaining.render(g.key(), g.args())).toList();
        UUID id = idByNit.get(m.nit());
        return new MatchView(id == null ? null : id.toString(), m.nit(), m.name(), m.rank(), m.eligible(),
                round(m.score()), factors, reasons, gaps);
    }

    private static final List<String> RETRIEVAL_FIELDS = List.of("offerings.name^3", "offerings.description^2", "name^2", "description");

    /** Stage one: candidate ids from OpenSearch, most relevant first. */
    @SuppressWarnings("rawtypes")
    private List<UUID> retrieve(RequirementRow r) {
        String text = (r.title() + " " + (r.description() == null ? "" : r.description())).strip();
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (!text.isEmpty()) {
            // typos tolerated on the words as written, not on their synonym expansions (see SupplierSearch)
            bool.should(SupplierSearch.textQuery(text, RETRIEVAL_FIELDS, 2));
        }
        if (r.valueChain() != null) {
            bool.should(Query.of(q -> q.term(t -> t.field("chains").value(FieldValue.of(r.valueChain())).boost(2.0f))));
        }
        if (!r.ciiu().isEmpty()) {
            bool.should(Query.of(q -> q.terms(t -> t.field("ciiu").terms(v -> v.value(
                    r.ciiu().stream().map(FieldValue::of).toList())))));
        }
        List<String> families = r.unspsc().stream().filter(u -> u.length() >= 4).map(u -> u.substring(0, 4)).distinct().toList();
        if (!families.isEmpty()) {
            bool.should(Query.of(q -> q.terms(t -> t.field("unspscFamilies").boost(1.5f).terms(v -> v.value(
                    families.stream().map(FieldValue::of).toList())))));
        }
        bool.minimumShouldMatch("1");
        try {
            SearchResponse<Map> response = client.search(s -> s.index(names.alias(Entity.SUPPLIER))
                    .query(q -> q.bool(bool.build())).size(candidateLimit)
                    .source(src -> src.fetch(false)), Map.class);
            List<UUID> ids = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                ids.add(UUID.fromString(hit.id()));
            }
            return ids;
        } catch (IOException | RuntimeException e) {
            throw SupplierSearch.unavailableFor(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
