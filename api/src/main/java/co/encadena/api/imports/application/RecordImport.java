package co.encadena.api.imports.application;

import co.encadena.api.common.Messages;
import co.encadena.api.common.validation.Violation;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.imports.format.CsvRecords;
import co.encadena.api.imports.format.Parsed;
import co.encadena.api.imports.format.SizeLimitedInputStream;
import io.micronaut.http.HttpStatus;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The import loop shared by suppliers and requirements, JSON Lines and CSV: read a record, validate it, keep
 * it for the next batch or report why not, store a batch every {@value #BATCH} valid records. Only the batch
 * and the set of keys seen (to catch the same record twice in one file) stay in memory, never the file.
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
    private final List<ImportReport.ImportError> errors = new ArrayList<>();
    private int errorsOmitted;
    private int accepted;
    private int rejected;

    RecordImport(Messages messages, BiFunction<D, Violations, V> check, Function<V, String> key, String keyField,
                 Function<List<Pending<V>>, List<Refusal>> store) {
        this.messages = messages;
        this.check = check;
        this.key = key;
        this.keyField = keyField;
        this.store = store;
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
            reject(1, List.of(e.violation()), UnaryOperator.identity());
            rejected = 0;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof SizeLimitedInputStream.TooLargeException) {
                throw ApiException.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "import.tooLarge", maxBytes / (1024 * 1024));
            }
            throw e;
        }
        flush(batch);
        return new ImportReport(accepted, rejected, List.copyOf(errors), errorsOmitted);
    }

    private void flush(List<Pending<V>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Refusal> refused = store.apply(List.copyOf(batch));
        Map<Long, UnaryOperator<String>> names = new HashMap<>();
        batch.forEach(p -> names.put(p.line(), p.fieldNames()));
        for (Refusal r : refused) {
            reject(r.line(), List.of(r.violation()), names.getOrDefault(r.line(), UnaryOperator.identity()));
        }
        accepted += batch.size() - refused.size();
        batch.clear();
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
