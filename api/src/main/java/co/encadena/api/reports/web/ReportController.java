package co.encadena.api.reports.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.Downloads;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.reports.application.Reporting;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Reports: one rueda's, for its organizers, and the programme's, for organizers and administrators. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reportes")
@ProblemResponses
public class ReportController {

    private final Reporting reporting;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ReportController(Reporting reporting) {
        this.reporting = reporting;
    }

    @Get("/ruedas/{id}/report")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Informe de la rueda: anclas, mipymes, solicitudes, citas, inasistencias, conexiones y expectativas de negocio, con desgloses")
    Reporting.RuedaReport rueda(@PathVariable UUID id, Authentication authentication) {
        return reporting.rueda(Actor.of(authentication), id);
    }

    @Get(value = "/ruedas/{id}/report.csv", produces = {"text/csv", MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "El informe de la rueda en CSV (cifras y desgloses; UTF-8, separado por punto y coma)")
    HttpResponse<byte[]> ruedaCsv(@PathVariable UUID id, Authentication authentication) {
        return Downloads.file(reporting.ruedaCsv(Actor.of(authentication), id), "text/csv; charset=utf-8", "informe-rueda.csv");
    }

    @Get(value = "/ruedas/{id}/report.xlsx", produces = {XLSX, MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "El informe de la rueda en Excel (XLSX): desgloses y cifras")
    HttpResponse<byte[]> ruedaXlsx(@PathVariable UUID id, Authentication authentication) {
        return Downloads.file(reporting.ruedaXlsx(Actor.of(authentication), id), XLSX, "informe-rueda.xlsx");
    }

    @Get("/reports/programme")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Informe del programa: empresas atendidas una vez cada una, desgloses y avance frente a las metas")
    Reporting.ProgrammeReport programme(Authentication authentication) {
        return reporting.programme(Actor.of(authentication));
    }

    @Get(value = "/reports/programme.csv", produces = {"text/csv", MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "El informe del programa en CSV (UTF-8, separado por punto y coma)")
    HttpResponse<byte[]> programmeCsv(Authentication authentication) {
        return Downloads.file(reporting.programmeCsv(Actor.of(authentication)), "text/csv; charset=utf-8", "informe-programa.csv");
    }

    @Get(value = "/reports/programme.xlsx", produces = {XLSX, MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "El informe del programa en Excel (XLSX): desgloses y avance frente a las metas")
    HttpResponse<byte[]> programmeXlsx(Authentication authentication) {
        return Downloads.file(reporting.programmeXlsx(Actor.of(authentication)), XLSX, "informe-programa.xlsx");
    }

    @Put("/reports/programme/targets")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Fija las metas del programa (p. ej. 1450 mipymes y 80 anclas)")
    Reporting.ProgrammeReport targets(@Nullable @Body Reporting.Targets body, Authentication authentication) {
        return reporting.setTargets(Actor.of(authentication), body);
    }
}
