package co.encadena.api.matching.web;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.matching.application.FindingOpportunities;
import co.encadena.api.matching.application.GapAnalytics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;

/** A mipyme's opportunities (for itself and organizers) and the programme's gap analytics (for organizers). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Emparejamiento")
@ProblemResponses
public class OpportunitiesController {

    private final FindingOpportunities opportunities;
    private final GapAnalytics gaps;

    OpportunitiesController(FindingOpportunities opportunities, GapAnalytics gaps) {
        this.opportunities = opportunities;
        this.gaps = gaps;
    }

    @Get("/suppliers/{id}/opportunities{?limit}")
    @Secured({"SUPPLIER", "ORGANIZER", "ADMIN"})
    @Operation(summary = "Requerimientos abiertos que la mipyme cumple y los que casi cumple, con lo que le falta y dónde obtenerlo")
    FindingOpportunities.Result opportunities(@PathVariable UUID id,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = "validation.min") @Max(value = 100, message = "validation.max") int limit,
            Authentication authentication) {
        if (authentication.getRoles().contains("SUPPLIER")) {
            Object org = authentication.getAttributes().get("org");
            if (org == null || !UUID.fromString(org.toString()).equals(id)) {
                throw ApiException.notFound("error.supplier.notFound");
            }
        }
        return opportunities.opportunities(id, limit);
    }

    @Get("/analytics/gaps{?chain,department}")
    @Secured({"ORGANIZER", "ADMIN"})
    @Operation(summary = "Qué certificaciones y brechas de territorio dejan por fuera más parejas proveedor–requerimiento, y cuántos proveedores habilitaría cerrarlas")
    GapAnalytics.Report gaps(@Nullable @QueryValue String chain, @Nullable @QueryValue String department) {
        if (department != null && !department.matches("\\d{2}")) {
            throw ApiException.invalidField("department", "error.department.format");
        }
        return gaps.analyse(chain == null || chain.isBlank() ? null : chain, department);
    }
}
