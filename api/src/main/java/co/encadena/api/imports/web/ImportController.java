package co.encadena.api.imports.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.imports.application.ImportFormat;
import co.encadena.api.imports.application.ImportLimits;
import co.encadena.api.imports.application.ImportReport;
import co.encadena.api.imports.application.ImportingRequirements;
import co.encadena.api.imports.application.ImportingSuppliers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Bulk import (organizers and administrators): the body is the file itself, JSON Lines
 * ({@code application/x-ndjson}) or CSV ({@code text/csv}, layout in docs/IMPORT-FORMATS.md), read as a stream
 * — never buffered whole — and answered with the per-record report. Valid records are stored, invalid ones
 * are not; importing the same file again changes nothing.
 */
@Controller("/api/v1/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Importación y exportación")
@ProblemResponses
@Secured({Actor.ORGANIZER, Actor.ADMIN})
public class ImportController {

    private static final String NDJSON = "application/x-ndjson";

    private final ImportingSuppliers suppliers;
    private final ImportingRequirements requirements;
    private final ImportLimits limits;

    ImportController(ImportingSuppliers suppliers, ImportingRequirements requirements, ImportLimits limits) {
        this.suppliers = suppliers;
        this.requirements = requirements;
        this.limits = limits;
    }

    @Post(uri = "/suppliers{?format}", consumes = {NDJSON, "application/jsonl", "application/json", "text/csv", "text/plain",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Importa perfiles de proveedores (JSON Lines o CSV); responde el informe por registro")
    ImportReport importSuppliers(@Body InputStream body, HttpRequest<?> request,
                                 @Nullable @QueryValue @Parameter(description = "jsonl o csv; si falta, se deduce del Content-Type") String format) {
        try (InputStream file = body) {
            checkDeclaredSize(request);
            return suppliers.run(file, format(request, format), charset(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Post(uri = "/requirements{?format}", consumes = {NDJSON, "application/jsonl", "application/json", "text/csv",
            "text/plain", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Importa requerimientos de empresas ancla (JSON Lines o CSV); responde el informe por registro")
    ImportReport importRequirements(@Body InputStream body, HttpRequest<?> request,
                                    @Nullable @QueryValue @Parameter(description = "jsonl o csv; si falta, se deduce del Content-Type") String format) {
        try (InputStream file = body) {
            checkDeclaredSize(request);
            return requirements.run(file, format(request, format), charset(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file whose announced size is over the limit is refused before a byte of it is read. Closing the body
     * (always, also after a refusal) tells the server to discard what is still arriving, so the connection is
     * not left waiting.
     */
    private void checkDeclaredSize(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > limits.getMaxSize()) {
            throw ApiException.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "import.tooLarge", limits.getMaxSize() / (1024 * 1024));
        }
    }

    private static ImportFormat format(HttpRequest<?> request, String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> ImportFormat.CSV;
                case "jsonl", "ndjson", "json" -> ImportFormat.JSON_LINES;
                default -> throw ApiException.invalidField("format", "import.format", format);
            };
        }
        return request.getContentType().filter(t -> "text".equals(t.getType()) && "csv".equals(t.getSubtype()))
                .map(t -> ImportFormat.CSV).orElse(ImportFormat.JSON_LINES);
    }

    /** UTF-8 unless the Content-Type names another charset (a spreadsheet saved as Windows-1252). */
    private static Charset charset(HttpRequest<?> request) {
        return request.getContentType().flatMap(t -> t.getParameters().get("charset")).map(name -> {
            try {
                return Charset.forName(name.strip().replace("\"", ""));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw ApiException.badRequest("import.charset", name);
            }
        }).orElse(StandardCharsets.UTF_8);
    }
}
