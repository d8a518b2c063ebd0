package co.encadena.api.imports.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.imports.application.ExportingRequirements;
import co.encadena.api.imports.application.ExportingSuppliers;
import co.encadena.api.imports.application.ImportFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/*
 * The routes also "produce" any type so that a client's Accept header never decides before authorization does
 * (a supplier asking for JSON gets 403, not 406); the file's own type is always the response's Content-Type.
 */
/**
 * Bulk export in the import formats (organizers and administrators), streamed page by page: JSON Lines or
 * CSV, with formula-injection protection in CSV. Re-importing an export gives the same records.
 */
@Controller("/api/v1/exports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Importación y exportación")
@ProblemResponses
@Secured({Actor.ORGANIZER, Actor.ADMIN})
public class ExportController {

    private static final MediaType NDJSON = MediaType.of("application/x-ndjson;charset=utf-8");
    private static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");

    private final ExportingSuppliers suppliers;
    private final ExportingRequirements requirements;
    private final Clock clock;

    ExportController(ExportingSuppliers suppliers, ExportingRequirements requirements, Clock clock) {
        this.suppliers = suppliers;
        this.requirements = requirements;
        this.clock = clock;
    }

    @Get(uri = "/suppliers{?format,separator}", produces = {"application/x-ndjson", "text/csv", MediaType.ALL})
    @Operation(summary = "Exporta todos los proveedores en JSON Lines (por defecto) o CSV")
    HttpResponse<StreamedFile> exportSuppliers(
            @Nullable @QueryValue @Parameter(description = "jsonl (por defecto) o csv") String format,
            @Nullable @QueryValue @Parameter(description = "Separador del CSV: comma (por defecto), semicolon o tab") String separator) {
        ImportFormat f = format(format);
        return file(suppliers.export(f, separator(separator)), f, "proveedores");
    }

    @Get(uri = "/requirements{?format,separator}", produces = {"application/x-ndjson", "text/csv", MediaType.ALL})
    @Operation(summary = "Exporta todos los requerimientos en JSON Lines (por defecto) o CSV, con su estado")
    HttpResponse<StreamedFile> exportRequirements(
            @Nullable @QueryValue @Parameter(description = "jsonl (por defecto) o csv") String format,
            @Nullable @QueryValue @Parameter(description = "Separador del CSV: comma (por defecto), semicolon o tab") String separator) {
        ImportFormat f = format(format);
        return file(requirements.export(f, separator(separator)), f, "requerimientos");
    }

    private HttpResponse<StreamedFile> file(InputStream content, ImportFormat format, String name) {
        String fileName = name + "-" + LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Bogota"))
                + (format == ImportFormat.CSV ? ".csv" : ".jsonl");
        StreamedFile file = new StreamedFile(content, format == ImportFormat.CSV ? CSV : NDJSON).attach(fileName);
        return HttpResponse.ok(file).header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static ImportFormat format(String format) {
        if (format == null || format.isBlank()) {
            return ImportFormat.JSON_LINES;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> ImportFormat.CSV;
            case "jsonl", "ndjson", "json" -> ImportFormat.JSON_LINES;
            default -> throw ApiException.invalidField("format", "import.format", format);
        };
    }

    private static char separator(String separator) {
        if (separator == null || separator.isBlank()) {
            return ',';
        }
        return switch (separator.strip().toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab" -> '\t';
            default -> throw ApiException.invalidField("separator", "export.separator", separator);
        };
    }
}
