package co.encadena.api.matching.application;

import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.scoring.SupplierProfile;
import co.encadena.matching.text.TextRelevance.Document;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Suppliers as matching sees them — the scoring profile and its analysed text — kept per supplier version:
 * reading a profile with its lists and analysing offerings and descriptions is most of the work of a match, and a
 * profile changes far less often than it is matched. A changed profile has a new version, so a stale entry is
 * never used; the least recently used entries go first beyond 20,000.
 */
@Singleton
public final class AnalysedSuppliers {

    private static final int CAPACITY = 20_000;

    /** A supplier's scoring profile and analysed text, as of one version. */
    public record Analysed(UUID id, SupplierProfile profile, Document document) {
    }

    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;

    AnalysedSuppliers(SearchDocuments documents, ScoringProfiles profiles, MatchingModel model) {
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
    }

    private final Map<String, Analysed> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analysed> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * These suppliers as PostgreSQL has them now, in the order given (unknown ids are left out): their current
     * versions are read first (PostgreSQL is the truth, not the index), those analysed before at that version come
     * from the cache, and only the others are read with their lists and analysed. Runs in the caller's transaction.
     */
    public List<Analysed> current(List<UUID> ids) {
        Map<UUID, Long> versions = documents.supplierVersions(ids);
        Map<UUID, Analysed> known = new HashMap<>();
        List<UUID> toRead = new ArrayList<>();
        for (UUID id : ids) {
            Long version = versions.get(id);
            Analysed cached = version == null ? null : cached(id, version);
            if (cached != null) {
                known.put(id, cached);
            } else if (version != null) {
                toRead.add(id);
            }
        }
        for (SearchDocuments.SupplierRow s : documents.suppliers(toRead)) {
            known.put(s.id(), analysed(model.engine(), s.id(), s.version(), profiles.supplier(s)));
        }
        List<Analysed> out = new ArrayList<>(known.size());
        for (UUID id : ids) {
            Analysed a = known.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    public Document document(MatchEngine engine, UUID id, long version, SupplierProfile supplier) {
        return analysed(engine, id, version, supplier).document();
    }

    /** This version of the supplier, analysed now unless it already was. */
    public Analysed analysed(MatchEngine engine, UUID id, long version, SupplierProfile supplier) {
        Analysed cached = cached(id, version);
        if (cached != null) {
            return cached;
        }
        Analysed analysed = new Analysed(id, supplier, engine.document(supplier));
        synchronized (cache) {
            cache.put(key(id, version), analysed);
        }
        return analysed;
    }

    /** This version of the supplier if it was analysed before, else null. */
    private @Nullable Analysed cached(UUID id, long version) {
        synchronized (cache) {
            return cache.get(key(id, version));
        }
    }

    private static String key(UUID id, long version) {
        return id + ":" + version;
    }
}
