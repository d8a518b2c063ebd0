package co.encadena.api.matching.application;

import co.encadena.api.search.persistence.SearchDocuments;
import co.encadena.matching.scoring.MatchEngine;
import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import co.encadena.matching.text.TextRelevance.Document;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Term statistics of the supplier base for the text factor (how rare a word is among all suppliers, not only
 * among those retrieved, which all share the query's words). Built from up to 5,000 suppliers — ids are random
 * UUIDs, so the first ones by id are a fair sample — and rebuilt at most every 10 minutes.
 */
@Singleton
public class SupplierCorpus {

    private static final int SAMPLE = 5000;
    private static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final SearchDocuments documents;
    private final ScoringProfiles profiles;
    private final MatchingModel model;
    private final TransactionOperations<Connection> tx;
    private final AnalysedSuppliers analysed;
    private final Clock clock;
    private volatile CorpusStatistics statistics;
    private volatile Instant builtAt = Instant.EPOCH;

    SupplierCorpus(SearchDocuments documents, ScoringProfiles profiles, MatchingModel model,
                   TransactionOperations<Connection> tx, AnalysedSuppliers analysed, Clock clock) {
        this.analysed = analysed;
        this.documents = documents;
        this.profiles = profiles;
        this.model = model;
        this.tx = tx;
        this.clock = clock;
    }

    public CorpusStatistics statistics() {
        if (statistics == null || builtAt.plus(MAX_AGE).isBefore(clock.instant())) {
            synchronized (this) {
                if (statistics == null || builtAt.plus(MAX_AGE).isBefore(clock.instant())) {
                    statistics = build();
                    builtAt = clock.instant();
                }
            }
        }
        return statistics;
    }

    private CorpusStatistics build() {
        MatchEngine engine = model.engine();
        List<Document> docs = new ArrayList<>();
        tx.executeRead(status -> {
            documents.allSuppliers(1000, batch -> {
                for (SearchDocuments.SupplierRow row : batch) {
                    if (docs.size() < SAMPLE) {
                        // also warms the per-version cache that matches use
                        docs.add(analysed.document(engine, row.id(), row.version(), profiles.supplier(row)));
                    }
                }
            });
            return null;
        });
        return CorpusStatistics.of(docs);
    }
}
