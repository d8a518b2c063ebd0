package co.encadena.api.matching.application;

import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.scoring.SupplierProfile;
import co.encadena.matching.text.TextRelevance.Document;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
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
    public record Analysed(SupplierProfile profile, Document document) {
    }

    private final Map<String, Analysed> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analysed> eldest) {
            return size() > CAPACITY;
        }
    };

    public Document document(MatchEngine engine, UUID id, long version, SupplierProfile supplier) {
        return analysed(engine, id, version, supplier).document();
    }

    /** This version of the supplier, analysed now unless it already was. */
    public Analysed analysed(MatchEngine engine, UUID id, long version, SupplierProfile supplier) {
        Analysed cached = cached(id, version);
        if (cached != null) {
            return cached;
        }
        Analysed analysed = new Analysed(supplier, engine.document(supplier));
        synchronized (cache) {
            cache.put(key(id, version), analysed);
        }
        return analysed;
    }

    /** This version of the supplier if it was analysed before, else null. */
    public @Nullable Analysed cached(UUID id, long version) {
        synchronized (cache) {
            return cache.get(key(id, version));
        }
    }

    private static String key(UUID id, long version) {
        return id + ":" + version;
    }
}
