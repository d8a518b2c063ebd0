package co.encadena.api.stats.web;

import co.encadena.api.stats.ProgrammeStats;
import co.encadena.api.stats.persistence.ProgrammeFigures;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public headline figures of the programme (counts only, no personal data). */
@Controller("/api/v1/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cifras del programa")
@ProblemResponses
@Secured(SecurityRule.IS_ANONYMOUS)
final class StatsController {

    private final ProgrammeFigures figures;

    StatsController(ProgrammeFigures figures) {
        this.figures = figures;
    }

    @Get
    @Operation(summary = "Cifras del programa: proveedores, empresas ancla, requerimientos y ruedas")
    HttpResponse<ProgrammeStats> stats() {
        return HttpResponse.ok(figures.current()).header("Cache-Control", "no-cache");
    }
}
