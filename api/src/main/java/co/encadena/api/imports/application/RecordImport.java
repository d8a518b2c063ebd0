package co.encadena.api.imports.application;

import co.encadena.api.common.Messages;
import co.encadena.api.common.validation.Violation;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.imports.format.CsvRecords;
import co.encadena.api.imports.format.Parsed;
import co.encadena.api.imports.format.SizeLimitedInputStream;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The import loop shared by suppliers and requirements, JSON Lines and CSV: read a record, validate it, keep
 * it for the next batch or report why not, store a batch every {@value #BATCH} valid records. Only the batches
 * and the set of keys seen (to catch the same record twice in one file) stay in memory, never the file.
 *
 * <p>With a {@link BatchStore} of more than one slot, a full batch is stored on another thread while the next
 * one is read and checked, and up to that many batches are stored at once (each in its own transaction, as
 * always): reading, checking and PostgreSQL's work overlap. Batches hold disjoint keys, so they cannot wait on
 * one another. Refusals are reported in the order of the file whatever order the batches finish in.
 */
final class RecordImport<D, V> {

    static final int BATCH = 500;

    /** A valid record waiting for its batch. */
    record Pending<V>(long line, V record, UnaryOperator<String> fieldNames) {
    }

    /** A record the store refused, and why. */
    record Refusal(long line, Violation violation) {
    }

    private final Messages messages;
    private final BiFunction<D, Violations, V> check;
    private final Function<V, String> key;
    private final String keyField;
    private final Function<List<Pending<V>>, List<Refusal>> store;
    private final BatchStore batches;
    private final int slots;
    private final Deque<Stored<V>> inFlight = new ArrayDeque<>();
    private final List<ImportReport.ImportError> errors = new ArrayList<>();
    private int errorsOmitted;
    private int accepted;
    private int rejected;

    /** A batch handed to the store, and its outcome. */
    private record Stored<V>(List<Pending<V>> batch, CompletableFuture<List<Refusal>> refused) {
    }

    /**
     * @param batches where batches are stored, and how many at once ({@link BatchStore#slots()}); null stores each
     *                batch on the calling thread
     */
    RecordImport(Messages messages, BiFunction<D, Violations, V> check, Function<V, String> key, String keyField,
                 Function<List<Pending<V>>, List<Refusal>> store, @Nullable BatchStore batches) {
        this.messages = messages;
        this.check = check;
        this.key = key;
        this.keyField = keyField;
        this.store = store;
        this.batches = batches;
        this.slots = batches == null ? 1 : batches.slots();
    }

    /**
     * @param maxBytes the limit the input was held to, for the message when it is passed
     * @throws ApiException 413 when the input passes the size limit (batches already stored stay stored)
     */
    ImportReport run(Supplier<Iterator<Parsed<D>>> source, long maxBytes) {
        Map<String, Long> seen = new HashMap<>();
        List<Pending<V>> batch = new ArrayList<>();
        try {
            Iterator<Parsed<D>> records = source.get();
            while (records.hasNext()) {
                Parsed<D> parsed = records.next();
                Violations out = new Violations();
                out.addAll(parsed.violations());
                V valid = parsed.draft() == null ? null : check.apply(parsed.draft(), out);
                if (valid == null || !out.isEmpty()) {
                    reject(parsed.line(), out.list(), parsed.fieldNames());
                    continue;
                }
                Long first = seen.putIfAbsent(key.apply(valid), parsed.line());
                if (first != null) {
                    reject(parsed.line(), List.of(Violation.of(keyField, "import.duplicate", first)), parsed.fieldNames());
                    continue;
                }
                batch.add(new Pending<>(parsed.line(), valid, parsed.fieldNames()));
                if (batch.size() >= BATCH) {
                    flush(batch);
                }
            }
        } catch (CsvRecords.UnreadableFileException e) {
            settleAll();
            reject(1, List.of(e.violation()), UnaryOperator.identity());
            rejected = 0;
        } catch (UncheckedIOException e) {
            settleAll();
            if (e.getCause() instanceof SizeLimitedInputStream.TooLargeException) {
                throw ApiException.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "import.tooLarge", maxBytes / (1024 * 1024));
            }
            throw e;
        } catch (RuntimeException e) {
            settleQuietly();
            throw e;
        }
        flush(batch);
        settleAll();
        errors.sort(Comparator.comparingLong(ImportReport.ImportError::line));
        return new ImportReport(accepted, rejected, List.copyOf(errors), errorsOmitted);
    }

    private void flush(List<Pending<V>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Pending<V>> full = List.copyOf(batch);
        batch.clear();
        if (slots == 1) {
            settle(full, store.apply(full));
            return;
        }
        while (inFlight.size() >= slots) {
            settleOldest();
        }
        inFlight.add(new Stored<>(full, batches.submit(() -> store.apply(full))));
    }

    /** Waits for the oldest batch in flight and reports its refusals (a failed batch fails the import). */
    private void settleOldest() {
        Stored<V> oldest = inFlight.removeFirst();
        try {
            settle(oldest.batch(), oldest.refused().join());
        } catch (CompletionException e) {
            settleQuietly();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void settleAll() {
        while (!inFlight.isEmpty()) {
            settleOldest();
        }
    }

    /** Lets the batches still in flight finish (they commit or roll back on their own) before an error is raised. */
    private void settleQuietly() {
        for (Stored<V> s : inFlight) {
            try {
                s.refused().join();
            } catch (CompletionException ignored) {
                // the first failure is the one reported
            }
        }
        inFlight.clear();
    }

    private void settle(List<Pending<V>> batch, List<Refusal> refused) {
        Map<Long, UnaryOperator<String>> names = new HashMap<>();
        batch.forEach(p -> names.put(p.line(), p.fieldNames()));
        for (Refusal r : refused) {
            reject(r.line(), List.of(r.violation()), names.getOrDefault(r.line(), UnaryOperator.identity()));
        }
        accepted += batch.size() - refused.size();
    }

    private void reject(long line, List<Violation> violations, UnaryOperator<String> fieldNames) {
        rejected++;
        for (Violation v : violations) {
            if (errors.size() < ImportReport.MAX_ERRORS) {
                errors.add(new ImportReport.ImportError(line, fieldNames.apply(v.field()),
                        messages.get(v.messageKey(), v.argsArray())));
            } else {
                errorsOmitted++;
            }
        }
    }
}
