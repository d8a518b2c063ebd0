package co.encadena.api.ruedas.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.IfMatch;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.ruedas.application.ManagingParticipants;
import co.encadena.api.ruedas.application.ManagingRuedas;
import co.encadena.api.ruedas.application.ParticipantDraft;
import co.encadena.api.ruedas.application.RecommendingCounterparts.Recommendation;
import co.encadena.api.ruedas.application.RequestingMeetings;
import co.encadena.api.ruedas.application.RuedaSettings;
import co.encadena.api.ruedas.application.RuedaViews.InvitationReport;
import co.encadena.api.ruedas.application.RuedaViews.ParticipantView;
import co.encadena.api.ruedas.application.RuedaViews.RequestView;
import co.encadena.api.ruedas.application.RuedaViews.RuedaDetails;
import co.encadena.api.ruedas.application.RuedaViews.RuedaSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * Ruedas de encadenamiento: the event and its life, participants, and the request phase. The agenda has its own
 * controller.
 */
@Controller("/api/v1/ruedas")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ruedas")
@ProblemResponses
public class RuedaController {

    /** Body of a status change. */
    @Serdeable
    public record StatusChange(@Nullable @Schema(description = "DRAFT | REGISTRATION | REQUESTS | SCHEDULING | PUBLISHED | IN_PROGRESS | CLOSED | FOLLOW_UP") String status) {
    }

    /** Body of the creation: the settings plus, for an administrator without an organization, the organizer. */
    @Serdeable
    public record NewRueda(@Nullable UUID organizerId, @Nullable RuedaSettings settings) {
    }

    private final ManagingRuedas ruedas;
    private final ManagingParticipants participants;
    private final RequestingMeetings requests;

    RuedaController(ManagingRuedas ruedas, ManagingParticipants participants, RequestingMeetings requests) {
        this.ruedas = ruedas;
        this.participants = participants;
        this.requests = requests;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Las ruedas que quien consulta puede ver, de la más reciente a la más antigua")
    PageResponse<RuedaSummary> list(Authentication authentication) {
        return PageResponse.all(ruedas.list(Actor.of(authentication)));
    }

    @Post
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Crea una rueda en borrador a partir de su configuración (jornadas, descansos, duración de las citas, mesas)")
    HttpResponse<RuedaDetails> create(@Body NewRueda body, Authentication authentication) {
        RuedaDetails created = ruedas.create(Actor.of(authentication), body.settings(), body.organizerId());
        return HttpResponse.created(created).header("Location", "/api/v1/ruedas/" + created.id())
                .header("ETag", "\"" + created.version() + "\"");
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Una rueda con sus jornadas, espacios y mesas; ETag = versión")
    HttpResponse<RuedaDetails> get(@PathVariable UUID id, Authentication authentication) {
        RuedaDetails d = ruedas.details(Actor.of(authentication), id);
        return HttpResponse.ok(d).header("ETag", "\"" + d.version() + "\"");
    }

    @Put("/{id}")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Cambia la configuración mientras no haya agenda; con If-Match rechaza cambios simultáneos (412)")
    HttpResponse<RuedaDetails> update(@PathVariable UUID id, @Body RuedaSettings settings,
                                      @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        RuedaDetails d = ruedas.update(Actor.of(authentication), id, settings, IfMatch.version(ifMatch));
        return HttpResponse.ok(d).header("ETag", "\"" + d.version() + "\"");
    }

    @Post("/{id}/status")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Avanza la rueda en su ciclo de vida (BORRADOR → INSCRIPCIÓN → SOLICITUDES → AGENDAMIENTO → PUBLICADA → EN CURSO → CERRADA → SEGUIMIENTO)")
    HttpResponse<RuedaDetails> status(@PathVariable UUID id, @Body StatusChange body,
                                      @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        RuedaDetails d = ruedas.moveTo(Actor.of(authentication), id, body.status(), IfMatch.version(ifMatch));
        return HttpResponse.ok(d).header("ETag", "\"" + d.version() + "\"");
    }

    @Delete("/{id}")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Elimina una rueda en borrador")
    HttpResponse<Void> delete(@PathVariable UUID id, Authentication authentication) {
        ruedas.delete(Actor.of(authentication), id);
        return HttpResponse.noContent();
    }

    // ------------------------------------------------------------------ participants

    @Get("/{id}/participants")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Participantes: todos para los organizadores; los aprobados para un participante")
    PageResponse<ParticipantView> participants(@PathVariable UUID id, Authentication authentication) {
        return PageResponse.all(participants.list(Actor.of(authentication), id));
    }

    @Post("/{id}/participants")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Un organizador invita (o aprueba) una empresa; una empresa se inscribe a sí misma (cuerpo vacío)")
    HttpResponse<ParticipantView> addParticipant(@PathVariable UUID id, @Nullable @Body ParticipantDraft.Invitation body,
                                                 Authentication authentication) {
        return HttpResponse.created(participants.add(Actor.of(authentication), id, body));
    }

    @Post("/{id}/participants/bulk")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Invita (o aprueba) muchas empresas por NIT; informa los NIT que no existen")
    InvitationReport addMany(@PathVariable UUID id, @Body ParticipantDraft.BulkInvitation body, Authentication authentication) {
        return participants.addMany(Actor.of(authentication), id, body);
    }

    @Patch("/{id}/participants/{organizationId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Aprueba, rechaza o cambia la disponibilidad de un participante; la empresa acepta su invitación, indica jornadas y espacios no disponibles o se retira")
    ParticipantView changeParticipant(@PathVariable UUID id, @PathVariable UUID organizationId,
                                      @Body ParticipantDraft.Change body, @Nullable @Header("If-Match") String ifMatch,
                                      Authentication authentication) {
        return participants.change(Actor.of(authentication), id, organizationId, body, IfMatch.version(ifMatch));
    }

    // ------------------------------------------------------------------ requests

    @Get("/{id}/recommendations{?for}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Contrapartes recomendadas por el motor de emparejamiento, con razones y brechas (organizadores: for = empresa)")
    List<Recommendation> recommendations(@PathVariable UUID id, @Nullable @QueryValue("for") UUID forOrganization,
                                         Authentication authentication) {
        return requests.recommendations(Actor.of(authentication), id, forOrganization);
    }

    @Get("/{id}/requests")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Solicitudes de cita: las propias (enviadas y recibidas) o, para organizadores, todas")
    PageResponse<RequestView> requests(@PathVariable UUID id, Authentication authentication) {
        return PageResponse.all(requests.list(Actor.of(authentication), id));
    }

    @Post("/{id}/requests")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Solicita una cita; si la contraparte ya la había pedido, queda mutua. Organizadores: entre dos participantes, opcionalmente obligatoria")
    HttpResponse<RequestView> request(@PathVariable UUID id, @Body RequestingMeetings.RequestDraft body,
                                      Authentication authentication) {
        return HttpResponse.created(requests.create(Actor.of(authentication), id, body));
    }

    @Post("/{id}/requests/{requestId}/{action:accept|decline|withdraw}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Acepta o rechaza una solicitud recibida, o retira una enviada")
    RequestView answer(@PathVariable UUID id, @PathVariable UUID requestId, @PathVariable String action,
                       @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        return requests.answer(Actor.of(authentication), id, requestId, action, IfMatch.version(ifMatch));
    }
}
