package co.encadena.api.search.application;

import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.api.search.persistence.SearchOutbox;
import co.encadena.api.search.persistence.SearchOutbox.Entity;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search indexes' life: create them behind their aliases, write documents (the current PostgreSQL state,
 * with the row version as external version so a late, older write never overwrites a newer one), rebuild an
 * index from PostgreSQL while the old one keeps serving and then swap the alias, and compare both sides.
 */
@Singleton
public class SearchIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

    /** Differences between PostgreSQL and the index of one entity. */
    @Serdeable
    public record Consistency(String entity, long inDatabase, long inIndex, List<String> missing, List<String> stale,
                              List<String> extra) {
        public boolean clean() {
            return missing.isEmpty() && stale.isEmpty() && extra.isEmpty();
        }
    }

    /** What a write to the index did. */
    public record WriteResult(int written, int deleted, List<UUID> failed, String firstError) {
    }

    private final OpenSearchClient client;
    private final SearchDocuments documents;
    private final SearchDocumentsMapper mapper;
    private final IndexNames names;
    private final int replicas;

    SearchIndexes(OpenSearchClient client, SearchDocuments documents, SearchDocumentsMapper mapper, IndexNames names,
                  @Value("${encadena.search.replicas:0}") int replicas) {
        this.client = client;
        this.documents = documents;
        this.mapper = mapper;
        this.names = names;
        this.replicas = replicas;
    }

    /**
     * Creates the alias and a first index when missing. Answers the entities whose index must be filled from
     * PostgreSQL: those just created empty while PostgreSQL holds some (a new or emptied cluster), and those built
     * with other analysis settings or mappings (the synonym list changed, say) — their index is rebuilt behind the
     * alias. A first start on an empty database has nothing to fill.
     */
    public List<Entity> ensure() throws IOException {
        List<Entity> toBuild = new ArrayList<>();
        for (Entity entity : Entity.values()) {
            String alias = names.alias(entity);
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                String index = createIndex(entity);
                client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(index).alias(alias))));
                LOG.info("Created search index {} behind alias {}", index, alias);
                if (documents.anyStored(entity)) {
                    toBuild.add(entity);
                }
            } else if (!definitionHash(entity).equals(indexedDefinitionHash(alias))) {
                LOG.info("Search index behind {} was built with other analysis or mappings: rebuilding it", alias);
                toBuild.add(entity);
            }
        }
        return toBuild;
    }

    /** A fingerprint of what an index is built from: its mapping file and the synonym rules. */
    private String definitionHash(Entity entity) {
        try (var in = IndexDefinitions.class.getResourceAsStream("/search/" + names.mappingResource(entity))) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            for (String rule : co.encadena.matching.text.DomainSynonyms.rules()) {
                digest.update(rule.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String indexedDefinitionHash(String alias) throws IOException {
        var mappings = client.indices().getMapping(g -> g.index(alias)).result();
        for (var entry : mappings.values()) {
            var meta = entry.mappings().meta();
            if (meta != null && meta.get("definition") != null) {
                return meta.get("definition").to(String.class);
            }
        }
        return "";
    }

    /**
     * Writes the current state of these entities (deleting those no longer in PostgreSQL). Not transactional
     * itself: the outbox round that calls it must survive an OpenSearch failure to record the retry.
     */
    public WriteResult write(Entity entity, Collection<UUID> ids) throws IOException {
        return write(entity, names.alias(entity), ids, load(entity, ids));
    }

    /**
     * Rebuilds one index from PostgreSQL under a new name while the alias keeps serving the old one, swaps the
     * alias in one atomic step, deletes the old index, then repairs whatever changed during the rebuild.
     */
    @Transactional
    public Consistency rebuild(Entity entity) throws IOException {
        String alias = names.alias(entity);
        String index = createIndex(entity);
        int[] count = {0};
        try {
            if (entity == Entity.SUPPLIER) {
                documents.allSuppliers(1000, batch -> bulkDocs(index, batch.stream().map(mapper::supplier).toList(), count));
            } else {
                documents.allRequirements(1000, batch -> bulkDocs(index, batch.stream().map(mapper::requirement).toList(), count));
            }
        } catch (UncheckedIOException e) {
            client.indices().delete(d -> d.index(index));
            throw e.getCause();
        }
        client.indices().refresh(r -> r.index(index));
        Set<String> old = client.indices().existsAlias(e -> e.name(alias)).value()
                ? client.indices().getAlias(g -> g.name(alias)).result().keySet() : Set.of();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(ad -> ad.index(index).alias(alias)));
            for (String o : old) {
                u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
            }
            return u;
        });
        for (String o : old) {
            client.indices().delete(d -> d.index(o));
        }
        LOG.info("Rebuilt {} with {} documents as {} (replacing {})", alias, count[0], index, old);
        return repair(entity);
    }

    /** How soon what is written to the index behind the alias becomes searchable ({@code refresh_interval}). */
    public void refreshInterval(Entity entity, String interval) throws IOException {
        client.indices().putSettings(p -> p.index(names.alias(entity))
                .settings(s -> s.refreshInterval(t -> t.time(interval))));
    }

    /** Makes everything written so far searchable now. */
    public void refresh(Entity entity) throws IOException {
        client.indices().refresh(r -> r.index(names.alias(entity)));
    }

    /** Compares ids and versions of PostgreSQL and the index. */
    @Transactional
    public Consistency check(Entity entity) throws IOException {
        Map<UUID, Long> database = entity == Entity.SUPPLIER ? documents.supplierVersions() : documents.requirementVersions();
        String alias = names.alias(entity);
        client.indices().refresh(r -> r.index(alias));
        Map<String, Long> index = indexVersions(alias);
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<UUID, Long> row : database.entrySet()) {
            Long indexed = index.get(row.getKey().toString());
            if (indexed == null) {
                missing.add(row.getKey().toString());
            } else if (!indexed.equals(row.getValue())) {
                stale.add(row.getKey().toString());
            }
        }
        Set<String> extra = new TreeSet<>(index.keySet());
        database.keySet().forEach(id -> extra.remove(id.toString()));
        missing.sort(null);
        stale.sort(null);
        return new Consistency(entity.name(), database.size(), index.size(), missing, stale, List.copyOf(extra));
    }

    /** Checks, rewrites what differs, and checks again. */
    @Transactional
    public Consistency repair(Entity entity) throws IOException {
        Consistency before = check(entity);
        if (!before.clean()) {
            List<UUID> ids = new ArrayList<>();
            for (List<String> list : List.of(before.missing(), before.stale(), before.extra())) {
                list.forEach(id -> ids.add(UUID.fromString(id)));
            }
            for (int from = 0; from < ids.size(); from += 1000) {
                List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + 1000));
                write(entity, names.alias(entity), slice, load(entity, slice));
            }
            LOG.info("Repaired {} differences in {}", ids.size(), names.alias(entity));
            return check(entity);
        }
        return before;
    }

    private Map<UUID, Map<String, Object>> load(Entity entity, Collection<UUID> ids) {
        Map<UUID, Map<String, Object>> docs = new HashMap<>();
        if (entity == Entity.SUPPLIER) {
            documents.suppliers(ids).forEach(s -> docs.put(s.id(), mapper.supplier(s)));
        } else {
            documents.requirements(ids).forEach(r -> docs.put(r.id(), mapper.requirement(r)));
        }
        return docs;
    }

    private WriteResult write(Entity entity, String target, Collection<UUID> ids, Map<UUID, Map<String, Object>> docs)
            throws IOException {
        // require_alias: if the index vanished (a new, empty cluster), fail instead of auto-creating an unmapped one
        BulkRequest.Builder bulk = new BulkRequest.Builder().requireAlias(true);
        int written = 0;
        int deleted = 0;
        for (UUID id : ids) {
            Map<String, Object> doc = docs.get(id);
            if (doc == null) {
                bulk.operations(op -> op.delete(d -> d.index(target).id(id.toString())));
                deleted++;
            } else {
                long version = ((Number) doc.get("version")).longValue();
                bulk.operations(op -> op.index(i -> i.index(target).id(id.toString()).document(doc)
                        .version(version).versionType(VersionType.ExternalGte)));
                written++;
            }
        }
        if (written + deleted == 0) {
            return new WriteResult(0, 0, List.of(), null);
        }
        BulkResponse response = client.bulk(bulk.build());
        List<UUID> failed = new ArrayList<>();
        String firstError = null;
        for (BulkResponseItem item : response.items()) {
            // 409: the index already holds this version or a newer one; 404: deleting what is not there
            if (item.error() != null && item.status() != 409 && item.status() != 404) {
                failed.add(UUID.fromString(item.id()));
                if (firstError == null) {
                    firstError = item.error().type() + ": " + item.error().reason();
                }
            }
        }
        return new WriteResult(written, deleted, failed, firstError);
    }

    private void bulkDocs(String index, List<Map<String, Object>> docs, int[] count) {
        try {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Map<String, Object> doc : docs) {
                long version = ((Number) doc.get("version")).longValue();
                bulk.operations(op -> op.index(i -> i.index(index).id((String) doc.get("id")).document(doc)
                        .version(version).versionType(VersionType.ExternalGte)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                BulkResponseItem first = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                throw new IOException("bulk indexing into " + index + " failed: " + first.error().reason());
            }
            count[0] += docs.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String createIndex(Entity entity) throws IOException {
        String index = names.newVersion(entity);
        var mapping = IndexDefinitions.mappings(names.mappingResource(entity), client._transport().jsonpMapper());
        var withMeta = org.opensearch.client.opensearch._types.mapping.TypeMapping.of(m -> m
                .dynamic(mapping.dynamic()).dynamicTemplates(mapping.dynamicTemplates()).properties(mapping.properties())
                .meta("definition", org.opensearch.client.json.JsonData.of(definitionHash(entity))));
        client.indices().create(c -> c.index(index).settings(IndexDefinitions.settings(1, replicas)).mappings(withMeta));
        return index;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Long> indexVersions(String alias) throws IOException {
        Map<String, Long> out = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page = client.search(s -> {
                s.index(alias).size(5000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                        .source(src -> src.filter(f -> f.includes("id", "version")))
                        .query(q -> q.matchAll(m -> m));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            for (Hit<Map> hit : hits) {
                out.put(hit.id(), ((Number) hit.source().get("version")).longValue());
            }
            if (hits.size() < 5000) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** Carries an {@link IOException} out of a batch callback. */
    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
