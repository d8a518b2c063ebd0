package co.encadena.api.search.application;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.reference.Territory;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.search.persistence.SearchOutbox.Entity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.GeoDistanceType;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplier search for anchors and organizers: free text (Spanish analysis, domain synonyms, typo tolerance)
 * over names, offerings and descriptions with highlights; filters by territory (departments, municipalities,
 * radius from a municipality, coverage), value chain and link, certifications valid on a date (honouring the
 * satisfies relation), size, inclusion and PDET/ZOMAC; facets with counts; relevance or distance order.
 */
@Singleton
public class SupplierSearch {

    /** What the searcher asked. Lists are OR within a filter and AND across filters. */
    public record Criteria(@Nullable String text, List<String> departments, List<String> municipalities,
                           @Nullable String near, @Nullable Integer radiusKm, List<String> chains, List<String> links,
                           List<String> certifications, @Nullable LocalDate validOn, List<String> sizes,
                           @Nullable Boolean womenLed, @Nullable Boolean ethnic, @Nullable Boolean victims,
                           @Nullable Boolean youthLed, @Nullable Boolean popularEconomy, @Nullable Boolean pdet,
                           @Nullable Boolean zomac, @Nullable String deliversTo, String sort, int page, int size) {
    }

    /** One found supplier. */
    @Serdeable
    public record Found(String id, String nit, String name, String municipality, String department,
                        @Nullable Double distanceKm, double score, List<String> chains, List<String> certifications,
                        String size, Map<String, List<String>> highlights) {
    }

    /** A facet value and how many suppliers have it. */
    @Serdeable
    public record Bucket(String key, long count) {
    }

    /** A page of results with facets. */
    @Serdeable
    public record Results(List<Found> items, long total, int page, int size, Map<String, List<Bucket>> facets) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SupplierSearch.class);
    private static final Pattern CERTIFICATION_CODE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final List<String> TEXT_FIELDS = List.of("name^3", "offerings.name^4", "offerings.description^2",
            "description", "legalName");

    private static final Map<String, String> FACETS = Map.of("department", "department", "chain", "chains",
            "link", "links", "size", "size", "certification", "certificationCodes");

    private final OpenSearchClient client;
    private final IndexNames names;
    private final Territory territory;

    SupplierSearch(OpenSearchClient client, IndexNames names, Territory territory) {
        this.client = client;
        this.names = names;
        this.territory = territory;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Results search(Criteria c) {
        Municipality origin = c.near() == null ? null : territory.municipality(c.near())
                .orElseThrow(() -> ApiException.invalidField("near", "error.municipality.notFound", c.near()));
        if ("distance".equals(c.sort()) && origin == null) {
            throw ApiException.invalidField("sort", "error.search.distanceNeedsOrigin");
        }
        BoolQuery.Builder bool = new BoolQuery.Builder();
        Query text = c.text() == null || c.text().isBlank() ? null : textQuery(c.text());
        if (text != null) {
            bool.must(text);
        }
        terms(bool, "department", c.departments());
        terms(bool, "municipality", c.municipalities());
        terms(bool, "chains", c.chains());
        terms(bool, "links", c.links());
        terms(bool, "size", c.sizes());
        if (c.deliversTo() != null) {
            String department = c.deliversTo().length() >= 2 ? c.deliversTo().substring(0, 2) : c.deliversTo();
            bool.filter(Query.of(q -> q.terms(t -> t.field("coverage").terms(v -> v.value(
                    List.of(FieldValue.of(department), FieldValue.of("CO")))))));
        }
        LocalDate validOn = c.validOn() == null ? LocalDate.now() : c.validOn();
        for (String code : c.certifications()) {
            // one flattened date per covered code (see SearchDocumentsMapper); a code that cannot be a field name
            // is no certification anybody holds
            bool.filter(CERTIFICATION_CODE.matcher(code).matches()
                    ? Query.of(q -> q.range(r -> r.field("certificationValidUntil." + code).gte(JsonData.of(validOn.toString()))))
                    : Query.of(q -> q.matchNone(m -> m)));
        }
        flag(bool, "womenLed", c.womenLed());
        flag(bool, "victims", c.victims());
        flag(bool, "youthLed", c.youthLed());
        flag(bool, "popularEconomy", c.popularEconomy());
        flag(bool, "pdet", c.pdet());
        flag(bool, "zomac", c.zomac());
        if (c.ethnic() != null) {
            Query exists = Query.of(q -> q.exists(e -> e.field("ethnicGroup")));
            if (c.ethnic()) {
                bool.filter(exists);
            } else {
                bool.mustNot(exists);
            }
        }
        if (origin != null && c.radiusKm() != null) {
            bool.filter(Query.of(q -> q.geoDistance(g -> g.field("location").distance(c.radiusKm() + "km")
                    .distanceType(GeoDistanceType.Arc)
                    .location(l -> l.latlon(ll -> ll.lat(origin.latitude()).lon(origin.longitude()))))));
        }
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(names.alias(Entity.SUPPLIER))
                .query(Query.of(q -> q.bool(bool.build())))
                .from(c.page() * c.size()).size(c.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes("id", "nit", "name", "municipality", "department", "chains",
                        "certificationCodes", "size", "location")))
                // marks what the words as written (or their synonyms) matched; hits found only through a typo are
                // marked by a second request below (see typoHighlights)
                .highlight(h -> highlight(h, text == null ? null : exactTextQuery(c.text(), TEXT_FIELDS)));
        FACETS.forEach((facet, field) -> request.aggregations(facet,
                Aggregation.of(a -> a.terms(t -> t.field(field).size(40)))));
        if ("distance".equals(c.sort())) {
            request.sort(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(origin.latitude()).lon(origin.longitude())))
                    .order(SortOrder.Asc).unit(org.opensearch.client.opensearch._types.DistanceUnit.Kilometers)));
        } else if ("name".equals(c.sort())) {
            request.sort(s -> s.field(f -> f.field("name.sort").order(SortOrder.Asc)));
        }
        SearchResponse<Map> response;
        try {
            response = client.search(request.build(), Map.class);
        } catch (IOException | RuntimeException e) {
            throw unavailable(e);
        }
        Map<String, Map<String, List<String>>> typoHighlights = text == null ? Map.of() : typoHighlights(response, text);
        List<Found> items = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map source = hit.source();
            Double distance = null;
            if (origin != null && source.get("location") instanceof Map loc) {
                distance = Math.round(new co.encadena.matching.territory.GeoPoint(origin.latitude(), origin.longitude())
                        .distanceKm(new co.encadena.matching.territory.GeoPoint(((Number) loc.get("lat")).doubleValue(),
                                ((Number) loc.get("lon")).doubleValue())) * 10) / 10.0;
            }
            items.add(new Found((String) source.get("id"), (String) source.get("nit"), (String) source.get("name"),
                    (String) source.get("municipality"), (String) source.get("department"), distance,
                    hit.score() == null ? 0 : hit.score(), (List<String>) source.getOrDefault("chains", List.of()),
                    (List<String>) source.getOrDefault("certificationCodes", List.of()), (String) source.get("size"),
                    typoHighlights.getOrDefault(hit.id(), hit.highlight())));
        }
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String facet : FACETS.keySet()) {
            Aggregation ignored = null;
            var agg = response.aggregations().get(facet);
            List<Bucket> buckets = new ArrayList<>();
            if (agg != null && agg.isSterms()) {
                for (StringTermsBucket b : agg.sterms().buckets().array()) {
                    buckets.add(new Bucket(b.key(), b.docCount()));
                }
            }
            facets.put(facet, buckets);
        }
        return new Results(items, response.hits().total() == null ? items.size() : response.hits().total().value(),
                c.page(), c.size(), facets);
    }

    /**
     * The free-text part: the words as written, with the domain synonyms and Spanish stemming (search analyzer),
     * or — for typos — the words as written within an edit distance (AUTO: 1 from 3 letters, 2 from 6), without
     * the synonyms. Typo tolerance is not applied to synonym expansions (nobody typed them): one fuzzy query per
     * expansion cost tens of milliseconds of term-dictionary walks in every synonym-rich query, and made the
     * highlighter build a Levenshtein automaton per expansion, field and hit — most of the search latency (see
     * docs/BENCHMARKS.md).
     */
    static Query textQuery(String text) {
        return textQuery(text, TEXT_FIELDS, 1);
    }

    /**
     * {@link #textQuery(String)} over other fields (matching retrieves candidates with it too).
     * @param prefixLength how many first letters a typo must leave alone
     */
    public static Query textQuery(String text, List<String> fields, int prefixLength) {
        Query exact = exactTextQuery(text, fields);
        Query typos = Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).analyzer("es_index")
                .type(TextQueryType.BestFields).operator(Operator.Or).minimumShouldMatch("1")
                .fuzziness("AUTO").prefixLength(prefixLength)));
        return Query.of(q -> q.bool(b -> b.should(exact).should(typos).minimumShouldMatch("1")));
    }

    /** The part of {@link #textQuery(String)} without typo tolerance: the words as written and their synonyms. */
    static Query exactTextQuery(String text, List<String> fields) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields)
                .type(TextQueryType.BestFields).operator(Operator.Or).minimumShouldMatch("1")
                // stop words leave position gaps in the index, so multi-word synonyms must not be phrases
                .autoGenerateSynonymsPhraseQuery(false)));
    }

    /** The fields marked, field by field (the same text is asked of every field; filters have nothing to mark). */
    private static Highlight.Builder highlight(Highlight.Builder h, @Nullable Query query) {
        h.preTags("<mark>").postTags("</mark>").requireFieldMatch(true)
                .fields("name", f -> f).fields("offerings.name", f -> f).fields("offerings.description", f -> f)
                .fields("description", f -> f.fragmentSize(120).numberOfFragments(1));
        if (query != null) {
            h.highlightQuery(query);
        }
        return h;
    }

    /**
     * Highlights for the hits the first request could not mark because they were found only through a typo
     * ("calsado"): asked again of those hits alone with the whole text query. Marking typos costs the highlighter
     * a Levenshtein automaton per word, field and hit — a third of a search's time when done for every hit — so
     * it is paid only for the hits that need it (usually none: the words as written match the best hits).
     */
    @SuppressWarnings("rawtypes")
    private Map<String, Map<String, List<String>>> typoHighlights(SearchResponse<Map> response, Query text) {
        List<String> unmarked = response.hits().hits().stream()
                .filter(hit -> hit.highlight() == null || hit.highlight().isEmpty()).map(Hit::id).toList();
        if (unmarked.isEmpty()) {
            return Map.of();
        }
        try {
            SearchResponse<Map> again = client.search(s -> s.index(names.alias(Entity.SUPPLIER)).size(unmarked.size())
                    .source(src -> src.fetch(false))
                    .query(q -> q.ids(i -> i.values(unmarked)))
                    .highlight(h -> highlight(h, text)), Map.class);
            Map<String, Map<String, List<String>>> out = new HashMap<>();
            for (Hit<Map> hit : again.hits().hits()) {
                if (hit.highlight() != null && !hit.highlight().isEmpty()) {
                    out.put(hit.id(), hit.highlight());
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // the results are there; only the marks of typo matches are missing
            LOG.warn("Typo highlights not fetched: {}", e.toString());
            return Map.of();
        }
    }

    /** Typeahead over supplier names and offering names. */
    @SuppressWarnings("rawtypes")
    public List<String> suggest(String prefix, int limit) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(names.alias(Entity.SUPPLIER)).size(limit)
                    .source(src -> src.filter(f -> f.includes("name")))
                    .query(q -> q.multiMatch(m -> m.query(prefix).type(TextQueryType.BoolPrefix)
                            .fields("name.suggest", "offerings.name.suggest"))), Map.class);
            return response.hits().hits().stream().map(h -> (String) h.source().get("name")).distinct().toList();
        } catch (IOException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    public static ApiException unavailableFor(Exception e) {
        return unavailable(e);
    }

    static ApiException unavailable(Exception e) {
        if (e instanceof ApiException api) {
            return api;
        }
        org.slf4j.LoggerFactory.getLogger(SupplierSearch.class).warn("Search failed: {}", e.toString());
        return ApiException.of(HttpStatus.SERVICE_UNAVAILABLE, "error.searchUnavailable");
    }

    private static void terms(BoolQuery.Builder bool, String field, List<String> values) {
        if (!values.isEmpty()) {
            bool.filter(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(
                    values.stream().map(FieldValue::of).toList())))));
        }
    }

    private static void flag(BoolQuery.Builder bool, String field, @Nullable Boolean value) {
        if (value != null) {
            bool.filter(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}
