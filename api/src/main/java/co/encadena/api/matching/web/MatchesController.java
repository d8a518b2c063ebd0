package co.encadena.api.matching.web;

import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.matching.application.FindingMatches;
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

/** The explained shortlist of a requirement: for its anchor, organizers and administrators. */
@Controller("/api/v1/requirements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Emparejamiento")
@ProblemResponses
@Secured({"ANCHOR", "ORGANIZER", "ADMIN"})
public class MatchesController {

    private final FindingMatches matches;

    MatchesController(FindingMatches matches) {
        this.matches = matches;
    }

    @Get("/{id}/matches{?limit}")
    @Operation(summary = "Proveedores elegibles en orden, con factores y razones, y los casi elegibles con lo que les falta")
    FindingMatches.Result matches(@PathVariable UUID id,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = "validation.min") @Max(value = 200, message = "validation.max") int limit,
            Authentication authentication) {
        UUID anchor = null;
        if (authentication.getRoles().contains("ANCHOR")) {
            Object org = authentication.getAttributes().get("org");
            anchor = org == null ? new UUID(0, 0) : UUID.fromString(org.toString());
        }
        return matches.matches(id, anchor, limit);
    }
}
