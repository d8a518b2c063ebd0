package co.encadena.api.ruedas.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.Downloads;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.ruedas.application.AgendaDocuments;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The agenda as files: a participant's PDF and iCalendar file, the calendar subscription (signed by a secret in
 * its address, because calendar apps cannot sign in), per-table sheets and the organizer's spreadsheet.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ruedas")
@ProblemResponses
public class AgendaDocumentsController {

    // every route also produces */* so that a refusal (401, 403, 404) is answered as problem+json whatever the
    // client accepts, and calendar apps that send no useful Accept header still get the file

    private static final String CALENDAR = "text/calendar; charset=utf-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgendaDocuments documents;

    AgendaDocumentsController(AgendaDocuments documents) {
        this.documents = documents;
    }

    @Get(value = "/ruedas/{id}/participants/{organizationId}/agenda.pdf", produces = {"application/pdf", MediaType.ALL})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "La agenda de un participante en PDF (horas de Bogotá, mesas, contrapartes y código QR de registro)")
    HttpResponse<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID organizationId, Authentication authentication) {
        return Downloads.file(documents.pdf(Actor.of(authentication), id, organizationId), "application/pdf", "agenda.pdf");
    }

    @Get(value = "/ruedas/{id}/participants/{organizationId}/agenda.ics", produces = {CALENDAR, MediaType.ALL})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "La agenda de un participante como archivo iCalendar")
    HttpResponse<byte[]> ics(@PathVariable UUID id, @PathVariable UUID organizationId, Authentication authentication) {
        return Downloads.file(documents.ics(Actor.of(authentication), id, organizationId).getBytes(StandardCharsets.UTF_8), CALENDAR,
                "agenda.ics");
    }

    @Get(value = "/calendar/{token}.ics", produces = {CALENDAR, MediaType.ALL})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Suscripción de calendario de un participante (el enlace secreto está en su agenda); los eventos se actualizan y cancelan")
    HttpResponse<byte[]> feed(@PathVariable String token) {
        return HttpResponse.ok(documents.feed(token).getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of(CALENDAR)).header("Cache-Control", "private, max-age=300");
    }

    @Get(value = "/ruedas/{id}/tables.pdf", produces = {"application/pdf", MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Hojas por mesa para el personal del evento (una página por mesa)")
    HttpResponse<byte[]> tables(@PathVariable UUID id, Authentication authentication) {
        return Downloads.file(documents.tableSheets(Actor.of(authentication), id), "application/pdf", "mesas.pdf");
    }

    @Get(value = "/ruedas/{id}/agenda.csv", produces = {"text/csv", MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "La agenda completa en CSV (UTF-8, abre en Excel)")
    HttpResponse<byte[]> csv(@PathVariable UUID id, Authentication authentication) {
        return Downloads.file(documents.export(Actor.of(authentication), id, false), "text/csv; charset=utf-8", "agenda.csv");
    }

    @Get(value = "/ruedas/{id}/agenda.xlsx", produces = {XLSX, MediaType.ALL})
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "La agenda completa en Excel (XLSX)")
    HttpResponse<byte[]> xlsx(@PathVariable UUID id, Authentication authentication) {
        return Downloads.file(documents.export(Actor.of(authentication), id, true), XLSX, "agenda.xlsx");
    }
}
