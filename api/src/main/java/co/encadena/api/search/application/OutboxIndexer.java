package co.encadena.api.search.application;

import co.encadena.api.common.DaemonThreads;
import co.encadena.api.search.persistence.SearchOutbox;
import co.encadena.api.search.persistence.SearchOutbox.Entity;
import co.encadena.api.search.persistence.SearchOutbox.Entry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the search outbox into OpenSearch. Each round claims due rows with {@code FOR UPDATE SKIP LOCKED}
 * (safe with several application instances), sends the current PostgreSQL state of the entities they name in
 * one bulk request, and deletes the rows; when OpenSearch fails, the rows stay and are retried with exponential
 * backoff (2 s, 4 s, … up to 5 min), so nothing is lost while it is down. Per document, order does not matter:
 * the document always carries the entity's current version and older writes are refused by the index.
 * {@code encadena.search.indexer.workers} (default 2) rounds run at once while there is a backlog.
 */
@Singleton
@Requires(property = "encadena.search.indexer.enabled", notEquals = "false")
public class OutboxIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndexer.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final SearchOutbox outbox;
    private final SearchIndexes indexes;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final int batchSize;
    private final int workers;
    private final ExecutorService helperThreads;
    private static final String REFRESH = "1s";
    private static final String BULK_REFRESH = "30s";

    private final AtomicBoolean indexesReady = new AtomicBoolean(false);
    private final AtomicBoolean bulk = new AtomicBoolean(false);
    private final ReentrantLock running = new ReentrantLock();

    OutboxIndexer(SearchOutbox outbox, SearchIndexes indexes, TransactionOperations<Connection> transactions, Clock clock,
                  @Value("${encadena.search.indexer.batch-size:500}") int batchSize,
                  @Value("${encadena.search.indexer.workers:2}") int workers) {
        this.outbox = outbox;
        this.indexes = indexes;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.workers = Math.max(1, workers);
        this.helperThreads = DaemonThreads.fixed("search-indexer", this.workers);
    }

    @PreDestroy
    void close() {
        helperThreads.shutdown();
    }

    @Scheduled(fixedDelay = "${encadena.search.indexer.interval:1s}", initialDelay = "${encadena.search.indexer.initial-delay:2s}")
    void scheduled() {
        if (running.tryLock()) {
            try {
                drainNow(false);
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Indexes everything due, round after round, until the outbox has nothing due or OpenSearch fails; waits for
     * a round already under way in this instance.
     * @return the number of outbox rows handled
     */
    public int drain() {
        running.lock();
        try {
            return drainNow(true);
        } finally {
            running.unlock();
        }
    }

    /** @param settle make everything written searchable at the end, backlog or not */
    private int drainNow(boolean settle) {
        if (!indexesReady.get() && !prepareIndexes()) {
            return 0;
        }
        if (workers == 1) {
            return ended(drainLoop(new AtomicBoolean()), settle);
        }
        // a backlog (an import) is drained by several workers at once: SKIP LOCKED gives each its own rows, and
        // while one waits for OpenSearch another reads PostgreSQL
        AtomicBoolean failed = new AtomicBoolean();
        List<CompletableFuture<Integer>> helpers = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            helpers.add(CompletableFuture.supplyAsync(() -> drainLoop(failed), helperThreads));
        }
        int total = drainLoop(failed);
        for (CompletableFuture<Integer> helper : helpers) {
            try {
                total += helper.join();
            } catch (CompletionException e) {
                LOG.warn("Search indexing worker failed: {}", e.getCause().toString());
            }
        }
        return ended(total, settle);
    }

    /**
     * A drain that found less than a full round to do ends the backlog (once the import stops feeding it); an
     * explicit {@link #drain()} also makes everything written so far searchable before it returns, even when it
     * found nothing left: the scheduled round it waited for may just have written without refreshing.
     */
    private int ended(int total, boolean settle) {
        if (total < batchSize || settle) {
            endBulk(settle);
        }
        return total;
    }

    /**
     * A full round means a backlog (an import): until it is drained the indexes refresh every
     * {@value #BULK_REFRESH} instead of every second, which spares OpenSearch most of the small segments it
     * would write and merge; the first drain that finds less than a full round ends it with a refresh, so the
     * backlog is searchable at once.
     */
    private void startBulk() {
        if (bulk.compareAndSet(false, true)) {
            setRefreshInterval(BULK_REFRESH);
        }
    }

    private void endBulk(boolean refreshAnyway) {
        if (bulk.get() || refreshAnyway) {
            try {
                for (Entity entity : Entity.values()) {
                    indexes.refresh(entity);
                }
                if (bulk.get()) {
                    setRefreshInterval(REFRESH);
                    bulk.set(false);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Search indexes not refreshed (retried after the next round): {}", e.toString());
            }
        }
    }

    private void setRefreshInterval(String interval) {
        for (Entity entity : Entity.values()) {
            try {
                indexes.refreshInterval(entity, interval);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Search index {} refresh interval not set to {}: {}", entity, interval, e.toString());
            }
        }
    }

    /**
     * Rounds until nothing is due (this worker stops) or OpenSearch fails (every worker stops: the rows wait for
     * their backoff): @return rows handled
     */
    private int drainLoop(AtomicBoolean failed) {
        int total = 0;
        while (!failed.get()) {
            int handled = transactions.executeWrite(status -> round());
            if (handled < 0) {
                failed.set(true);
            } else if (handled == 0) {
                break;
            } else {
                total += handled;
                if (handled >= batchSize) {
                    startBulk();
                }
            }
        }
        return total;
    }

    /**
     * First use: create missing indexes and fill any index that was created empty (or with other settings) from
     * PostgreSQL — under a database lock, so two instances starting together do not both create an index.
     */
    private boolean prepareIndexes() {
        try {
            transactions.executeWrite(status -> {
                try (var lock = status.getConnection().prepareStatement("SELECT pg_advisory_xact_lock(4242001)")) {
                    lock.execute();
                }
                for (Entity created : indexes.ensure()) {
                    indexes.rebuild(created);
                }
                return null;
            });
            // an instance stopped in the middle of a backlog leaves the slower refresh behind
            bulk.set(true);
            endBulk(false);
            indexesReady.set(true);
            return true;
        } catch (Exception e) {
            LOG.warn("Search indexes not ready (OpenSearch unavailable?): {}", e.toString());
            return false;
        }
    }

    /** One round, inside the caller's transaction: @return rows handled, 0 when nothing was due, -1 when OpenSearch failed */
    private int round() {
        List<Entry> entries = outbox.claimDue(batchSize, clock.instant());
        if (entries.isEmpty()) {
            return 0;
        }
        Map<Entity, Set<UUID>> byEntity = new LinkedHashMap<>();
        for (Entry e : entries) {
            byEntity.computeIfAbsent(e.entity(), k -> new HashSet<>()).add(e.entityId());
        }
        Set<UUID> failed = new HashSet<>();
        String error = null;
        for (Map.Entry<Entity, Set<UUID>> group : byEntity.entrySet()) {
            try {
                SearchIndexes.WriteResult result = indexes.write(group.getKey(), group.getValue());
                failed.addAll(result.failed());
                error = error == null ? result.firstError() : error;
            } catch (Exception e) {
                failed.addAll(group.getValue());
                error = e.toString();
            }
        }
        List<Long> done = new ArrayList<>();
        List<Long> retry = new ArrayList<>();
        int maxAttempts = 0;
        for (Entry e : entries) {
            if (failed.contains(e.entityId())) {
                retry.add(e.id());
                maxAttempts = Math.max(maxAttempts, e.attempts());
            } else {
                done.add(e.id());
            }
        }
        if (!done.isEmpty()) {
            outbox.delete(done);
        }
        if (!retry.isEmpty()) {
            Duration backoff = Duration.ofSeconds(2L << Math.min(maxAttempts, 10));
            Instant next = clock.instant().plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
            outbox.postpone(retry, next, error == null ? "unknown error" : error);
            indexesReady.set(false); // the cluster may have come back empty: check the aliases before the next round
            LOG.warn("Search indexing of {} outbox rows failed, retrying at {}: {}", retry.size(), next, error);
            return -1;
        }
        return entries.size();
    }
}
