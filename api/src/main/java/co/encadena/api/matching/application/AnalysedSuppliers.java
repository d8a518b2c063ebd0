package co.encadena.api.matching.application;

import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.scoring.SupplierProfile;
import co.encadena.matching.text.TextRelevance.Document;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Suppliers' analysed text, kept per supplier version: analysing offerings and descriptions is most of the
 * work of a match, and a profile changes far less often than it is matched. A changed profile has a new
 * version, so a stale entry is never used; the least recently used entries go first beyond 20,000.
 */
@Singleton
public final class AnalysedSuppliers {

    private static final int CAPACITY = 20_000;

    private final Map<String, Document> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > CAPACITY;
        }
    };

    public Document document(MatchEngine engine, UUID id, long version, SupplierProfile supplier) {
        String key = id + ":" + version;
        synchronized (cache) {
            Document cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Document analysed = engine.document(supplier);
        synchronized (cache) {
            cache.put(key, analysed);
        }
        return analysed;
    }
}
