package co.encadena.api.ruedas.followup.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.ruedas.followup.application.FollowingUp;
import co.encadena.api.ruedas.followup.application.RecordingOutcomes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** After the rueda: each side's outcome of a held meeting, and the organizer's follow-up board. */
@Controller("/api/v1/ruedas/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ruedas")
@ProblemResponses
public class FollowUpController {

    private final RecordingOutcomes outcomes;
    private final FollowingUp followingUp;

    FollowUpController(RecordingOutcomes outcomes, FollowingUp followingUp) {
        this.outcomes = outcomes;
        this.followingUp = followingUp;
    }

    @Put("/meetings/{meetingId}/outcome")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Registra el resultado de una cita realizada para una de sus partes (la empresa, la suya; el organizador, la que indique)")
    List<RecordingOutcomes.SideOutcome> record(@PathVariable UUID id, @PathVariable UUID meetingId,
                                               @Nullable @Body RecordingOutcomes.Report body, Authentication authentication) {
        return outcomes.record(Actor.of(authentication), id, meetingId, body);
    }

    @Get("/meetings/{meetingId}/outcome")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Los resultados registrados de una cita (la empresa ve el suyo; el organizador, ambos)")
    List<RecordingOutcomes.SideOutcome> outcomes(@PathVariable UUID id, @PathVariable UUID meetingId,
                                                 Authentication authentication) {
        return outcomes.outcomes(Actor.of(authentication), id, meetingId);
    }

    @Get("/follow-up")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Tablero de seguimiento: cada parte de cada cita realizada, primero los próximos pasos vencidos")
    FollowingUp.Board board(@PathVariable UUID id, Authentication authentication) {
        return followingUp.board(Actor.of(authentication), id);
    }
}
