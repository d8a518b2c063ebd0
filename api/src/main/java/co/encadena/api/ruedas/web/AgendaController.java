package co.encadena.api.ruedas.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.IfMatch;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.ruedas.application.AgendaBoard;
import co.encadena.api.ruedas.application.CarryingAgendas;
import co.encadena.api.ruedas.application.SchedulingAgenda;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** The agenda of a rueda: the organizer's board and edits, and each participant's own agenda. */
@Controller("/api/v1/ruedas/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ruedas")
@ProblemResponses
public class AgendaController {

    private final SchedulingAgenda scheduling;
    private final CarryingAgendas carrying;

    AgendaController(SchedulingAgenda scheduling, CarryingAgendas carrying) {
        this.scheduling = scheduling;
        this.carrying = carrying;
    }

    @Get("/agenda")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Tablero de la agenda: espacios × mesas, citas, solicitudes sin cita con su razón, cota superior y brecha")
    HttpResponse<AgendaBoard> board(@PathVariable UUID id, Authentication authentication) {
        AgendaBoard b = scheduling.board(Actor.of(authentication), id);
        return HttpResponse.ok(b).header("ETag", "\"" + b.version() + "\"");
    }

    @Post("/agenda/generate")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Genera (o vuelve a generar alrededor de las citas fijadas) la agenda óptima; con If-Match = versión de la rueda")
    HttpResponse<AgendaBoard> generate(@PathVariable UUID id, @Nullable @Body AgendaBoard.GenerateOptions body,
                                       @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        AgendaBoard b = scheduling.generate(Actor.of(authentication), id, body, IfMatch.version(ifMatch));
        return HttpResponse.ok(b).header("ETag", "\"" + b.version() + "\"");
    }

    @Post("/agenda/check")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Dice, sin cambiar nada, si una cita (nueva: a y b) cabe en un espacio y mesa, y por qué no")
    AgendaBoard.Check check(@PathVariable UUID id, @Body AgendaBoard.NewMeeting body, Authentication authentication) {
        return scheduling.check(Actor.of(authentication), id, null, body);
    }

    @Post("/meetings/{meetingId}/check")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Dice, sin cambiar nada, si una cita existente puede moverse a un espacio y mesa, y por qué no")
    AgendaBoard.Check checkMove(@PathVariable UUID id, @PathVariable UUID meetingId, @Body AgendaBoard.NewMeeting body,
                                Authentication authentication) {
        return scheduling.check(Actor.of(authentication), id, meetingId, body);
    }

    @Post("/meetings")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Agrega una cita a mano (queda fijada salvo que locked = false)")
    HttpResponse<AgendaBoard> add(@PathVariable UUID id, @Body AgendaBoard.NewMeeting body, Authentication authentication) {
        return HttpResponse.created(scheduling.add(Actor.of(authentication), id, body));
    }

    @Patch("/meetings/{meetingId}")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Mueve una cita de espacio o mesa, o la fija / libera; con If-Match = versión de la cita (412 si otro la cambió)")
    AgendaBoard change(@PathVariable UUID id, @PathVariable UUID meetingId, @Body AgendaBoard.MeetingChange body,
                       @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        return scheduling.change(Actor.of(authentication), id, meetingId, body, IfMatch.version(ifMatch));
    }

    @Post("/meetings/{meetingId}/cancel")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Cancela una cita programada; su evento de calendario pasa a cancelado")
    AgendaBoard cancel(@PathVariable UUID id, @PathVariable UUID meetingId, @Nullable @Header("If-Match") String ifMatch,
                       Authentication authentication) {
        return scheduling.cancel(Actor.of(authentication), id, meetingId, IfMatch.version(ifMatch));
    }

    @Get("/participants/{organizationId}/agenda")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "La agenda de un participante (él mismo, una vez publicada; los organizadores, siempre)")
    CarryingAgendas.ParticipantAgenda agenda(@PathVariable UUID id, @PathVariable UUID organizationId,
                                             Authentication authentication) {
        return carrying.agenda(Actor.of(authentication), id, organizationId);
    }
}
