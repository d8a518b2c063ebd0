package co.encadena.api.imports.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The per-record answer of an import (FORMATS.md): how many records were stored, how many were not, and why
 * each rejected one was rejected — line, field (null when the whole line is unreadable) and a Spanish message.
 * At most {@value #MAX_ERRORS} errors are listed; {@code errorsOmitted} counts the rest.
 */
@Serdeable
public record ImportReport(int accepted, int rejected, List<ImportError> errors, int errorsOmitted) {

    public static final int MAX_ERRORS = 1000;

    /** One problem of one record. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ImportError(long line, @Nullable String field, String message) {
    }
}
