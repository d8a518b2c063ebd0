package co.encadena.api.imports.application;

import co.encadena.api.common.DaemonThreads;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The threads that store import batches while the request thread goes on reading and checking the file
 * ({@code encadena.imports.parallel-batches}, default 2: how many batches one import stores at once). Each
 * batch is its own transaction on its own connection, so the pool is small next to the connection pool.
 */
@Singleton
public class BatchStore {

    private final int slots;
    private final ExecutorService threads;

    BatchStore(@Value("${encadena.imports.parallel-batches:2}") int slots) {
        this.slots = Math.max(1, slots);
        this.threads = DaemonThreads.fixed("import-store", this.slots);
    }

    /** How many batches one import may store at once (1: each on the importing thread). */
    int slots() {
        return slots;
    }

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    @PreDestroy
    void close() {
        threads.shutdown();
    }
}
