package co.encadena.api.search.application;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.api.search.persistence.SearchOutbox.Entity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Open requirements for a mipyme: the same Spanish text analysis as supplier search; with {@code fitsProfile}
 * (the default for a mipyme) only requirements delivered where the mipyme delivers, ranked up when they are of
 * its value chain and link. Only OPEN requirements are ever visible to mipymes.
 */
@Singleton
public class RequirementSearch {

    /** What was asked; {@code supplierId} is the caller's organization when the caller is a mipyme. */
    public record Criteria(@Nullable String text, List<String> chains, List<String> departments,
                           @Nullable UUID supplierId, boolean fitsProfile, int page, int size) {
    }

    /** One open requirement found. */
    @Serdeable
    public record Found(String id, String externalId, String anchorNit, String anchorName, String title,
                        @Nullable String valueChain, @Nullable String link, List<String> deliveryDepartments,
                        List<String> requiredCertifications, @Nullable String neededBy, double score,
                        Map<String, List<String>> highlights) {
    }

    /** A page of requirements. */
    @Serdeable
    public record Results(List<Found> items, long total, int page, int size) {
    }

    private final OpenSearchClient client;
    private final IndexNames names;
    private final SearchDocuments documents;

    private static final List<String> TEXT_FIELDS = List.of("title^3", "description", "anchorName");

    RequirementSearch(OpenSearchClient client, IndexNames names, SearchDocuments documents) {
        this.client = client;
        this.names = names;
        this.documents = documents;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Results search(Criteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(Query.of(q -> q.term(t -> t.field("status").value(FieldValue.of("OPEN")))));
        if (c.text() != null && !c.text().isBlank()) {
            // the same text query as supplier search: synonyms and stemming, typos on the words as written only
            bool.must(SupplierSearch.textQuery(c.text(), TEXT_FIELDS, 1));
        }
        if (!c.chains().isEmpty()) {
            bool.filter(terms("valueChain", c.chains()));
        }
        if (!c.departments().isEmpty()) {
            bool.filter(terms("deliveryDepartments", c.departments()));
        }
        if (c.supplierId() != null) {
            SearchDocuments.SupplierRow me = documents.suppliers(List.of(c.supplierId())).stream().findFirst()
                    .orElseThrow(() -> ApiException.notFound("error.search.noProfile"));
            Set<String> chains = new LinkedHashSet<>();
            List<String> chainLinks = me.chainLinks();
            chainLinks.forEach(cl -> chains.add(cl.split(":", 2)[0]));
            if (!chains.isEmpty()) {
                bool.should(Query.of(q -> q.terms(t -> t.field("valueChain").boost(2.0f)
                        .terms(v -> v.value(chains.stream().map(FieldValue::of).toList())))));
            }
            if (c.fitsProfile() && !me.national()) {
                Set<String> coverage = new LinkedHashSet<>(me.coverage());
                coverage.add(me.department());
                bool.filter(terms("deliveryDepartments", List.copyOf(coverage)));
            }
        }
        try {
            SearchResponse<Map> response = client.search(s -> s.index(names.alias(Entity.REQUIREMENT))
                    .query(q -> q.bool(bool.build())).from(c.page() * c.size()).size(c.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> h.preTags("<mark>").postTags("</mark>").requireFieldMatch(false)
                            .fields("title", f -> f).fields("description", f -> f.fragmentSize(140).numberOfFragments(1))),
                    Map.class);
            List<Found> items = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map s = hit.source();
                items.add(new Found((String) s.get("id"), (String) s.get("externalId"), (String) s.get("anchorNit"),
                        (String) s.get("anchorName"), (String) s.get("title"), (String) s.get("valueChain"),
                        (String) s.get("link"), (List<String>) s.getOrDefault("deliveryDepartments", List.of()),
                        (List<String>) s.getOrDefault("requiredCertifications", List.of()), (String) s.get("neededBy"),
                        hit.score() == null ? 0 : hit.score(), hit.highlight()));
            }
            return new Results(items, response.hits().total() == null ? items.size() : response.hits().total().value(),
                    c.page(), c.size());
        } catch (IOException | RuntimeException e) {
            throw SupplierSearch.unavailable(e);
        }
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
}
