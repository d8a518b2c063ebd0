package co.encadena.api.ruedas.day.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.ruedas.day.application.CheckingIn;
import co.encadena.api.ruedas.day.application.RunningTheDay;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** The rueda's day: check-in desk, live board, meetings marked held or no-show, and the standby re-fill. */
@Controller("/api/v1/ruedas/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ruedas")
@ProblemResponses
public class RuedaDayController {

    private final CheckingIn checkingIn;
    private final RunningTheDay day;

    RuedaDayController(CheckingIn checkingIn, RunningTheDay day) {
        this.checkingIn = checkingIn;
        this.day = day;
    }

    @Post("/check-ins")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Registra la llegada de un participante por su código (QR de la agenda) o por organización; repetirla no crea otra")
    CheckingIn.Result checkIn(@PathVariable UUID id, @Nullable @Body CheckingIn.Request body, Authentication authentication) {
        return checkingIn.checkIn(Actor.of(authentication), id, body);
    }

    @Get("/check-ins{?q}")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Participantes aprobados (búsqueda por nombre o NIT) con su llegada y ausencia")
    List<CheckingIn.Attendee> attendees(@PathVariable UUID id, @Nullable @QueryValue String q, Authentication authentication) {
        return checkingIn.attendees(Actor.of(authentication), id, q);
    }

    @Get("/live")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Tablero en vivo: por espacio y mesa, quién está presente")
    CheckingIn.LiveBoard live(@PathVariable UUID id, Authentication authentication) {
        return checkingIn.live(Actor.of(authentication), id);
    }

    @Post("/meetings/{meetingId}/attendance")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Marca una cita como realizada (HELD) o inasistencia (NO_SHOW); cualquiera de las partes o el organizador")
    RunningTheDay.Marked attendance(@PathVariable UUID id, @PathVariable UUID meetingId,
                                    @Nullable @Body RunningTheDay.Attendance body, Authentication authentication) {
        return day.mark(Actor.of(authentication), id, meetingId, body);
    }

    @Post("/agenda/refill")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Ofrece los espacios liberados por ausencias a la lista de espera y reprograma el resto del día")
    RunningTheDay.Refill refill(@PathVariable UUID id, @Nullable @Body RunningTheDay.RefillOptions body,
                                Authentication authentication) {
        return day.refill(Actor.of(authentication), id, body);
    }
}
