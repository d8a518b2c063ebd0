package co.encadena.api.matching.application;

import co.encadena.api.common.DaemonThreads;
import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import co.encadena.matching.text.TextRelevance.Document;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Term statistics of the supplier base for the text factor (how rare a word is among all suppliers, not only
 * among those retrieved, which all share the query's words). Built from up to 5,000 suppliers — ids are random
 * UUIDs, so the first ones by id are a fair sample — and rebuilt in the background when older than 10 minutes.
 */
@Singleton
public class SupplierCorpus {

    private static final int SAMPLE = 5000;
    private static final int MAX_AGE_MINUTES = 10;
    private static final Duration MAX_AGE = Duration.ofMinutes(MAX_AGE_MINUTES);
    private static final Logger LOG = LoggerFactory.getLogger(SupplierCorpus.class);

    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;
    private final TransactionOperations<Connection> tx;
    private final AnalysedSuppliers analysed;
    private final Clock clock;
    private volatile CorpusStatistics statistics;
    private volatile Instant builtAt = Instant.EPOCH;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ExecutorService refresher = DaemonThreads.fixed("matching-corpus", 1);

    SupplierCorpus(SearchDocuments documents, ScoringProfiles profiles, MatchingModel model,
                   TransactionOperations<Connection> tx, AnalysedSuppliers analysed, Clock clock) {
        this.analysed = analysed;
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The statistics, built on first use; when older than {@value #MAX_AGE_MINUTES} minutes they are rebuilt in the
     * background while requests go on with the ones they had (no match waits for a rebuild).
     */
    public CorpusStatistics statistics() {
        CorpusStatistics current = statistics;
        if (current == null) {
            synchronized (this) {
                if (statistics == null) {
                    statistics = build();
                    builtAt = clock.instant();
                }
                return statistics;
            }
        }
        if (builtAt.plus(MAX_AGE).isBefore(clock.instant()) && rebuilding.compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    CorpusStatistics fresh = build();
                    statistics = fresh;
                    builtAt = clock.instant();
                } catch (RuntimeException e) {
                    LOG.warn("Matching corpus statistics not rebuilt (the previous ones stay): {}", e.toString());
                } finally {
                    rebuilding.set(false);
                }
            });
        }
        return current;
    }

    @PreDestroy
    void close() {
        refresher.shutdown();
    }

    private CorpusStatistics build() {
        MatchEngine engine = model.engine();
        List<Document> docs = new ArrayList<>();
        tx.executeRead(status -> {
            documents.firstSuppliers(SAMPLE, 1000, batch -> {
                for (SearchDocuments.SupplierRow row : batch) {
                    // also warms the per-version cache that matches use
                    docs.add(analysed.document(engine, row.id(), row.version(), profiles.supplier(row)));
                }
            });
            return null;
        });
        return CorpusStatistics.of(docs);
    }
}
