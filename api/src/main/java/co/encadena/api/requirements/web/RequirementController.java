package co.encadena.api.requirements.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.CodePolicy;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.IfMatch;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.requirements.application.EditingRequirements;
import co.encadena.api.requirements.application.FindingRequirements;
import co.encadena.api.requirements.application.RequirementDetails;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.requirements.application.RequirementSummary;
import co.encadena.api.requirements.domain.RequirementStatus;
import co.encadena.api.requirements.persistence.RequirementQuery;
import co.encadena.api.requirements.persistence.StoredRequirement;
import co.encadena.matching.identity.Nit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.UUID;

/**
 * Anchor requirements: lists (each caller sees what it may), one requirement, and the editor's create,
 * update, publish, close and delete. Only OPEN requirements are visible to suppliers.
 */
@Controller("/api/v1/requirements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Requerimientos")
@ProblemResponses
public class RequirementController {

    private final FindingRequirements finding;
    private final EditingRequirements editing;
    private final ReferenceCodes codes;

    RequirementController(FindingRequirements finding, EditingRequirements editing, ReferenceCodes codes) {
        this.finding = finding;
        this.editing = editing;
        this.codes = codes;
    }

    @Get("{?externalId,anchorNit,anchorId,status,chain,department,q,sort,page,size}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Requerimientos visibles para quien consulta; externalId + anchorNit encuentran uno (página de a lo sumo uno)")
    PageResponse<RequirementSummary> list(
            @Nullable @QueryValue String externalId,
            @Nullable @QueryValue @Parameter(description = "NIT de la empresa ancla") String anchorNit,
            @Nullable @QueryValue UUID anchorId,
            @Nullable @QueryValue @Parameter(description = "DRAFT | OPEN | CLOSED") String status,
            @Nullable @QueryValue @Parameter(description = "Cadena de valor") String chain,
            @Nullable @QueryValue @Parameter(description = "Departamento (2 dígitos) de algún municipio de entrega") String department,
            @Nullable @QueryValue @Parameter(description = "Texto en el título, el identificador o la empresa ancla") String q,
            @Nullable @QueryValue @Parameter(description = "createdAt, updatedAt, neededBy, title o externalId; con - delante, descendente (por defecto -createdAt)") String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 0 || pageNumber > 100_000) {
            throw ApiException.invalidField("page", "filter.page");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw ApiException.invalidField("size", "filter.size", 100);
        }
        String nit = null;
        if (anchorNit != null && !anchorNit.isBlank()) {
            try {
                nit = Nit.parse(anchorNit).toString();
            } catch (Nit.InvalidNitException e) {
                throw ApiException.invalidField("anchorNit", e.problem() == Nit.Problem.CHECK_DIGIT
                        ? "field.nit.checkDigit" : "field.nit.format", CodePolicy.abbreviate(anchorNit));
            }
        }
        String statusCode = CodePolicy.normalize(blankToNull(status));
        if (statusCode != null && Arrays.stream(RequirementStatus.values()).noneMatch(s -> s.name().equals(statusCode))) {
            throw ApiException.invalidField("status", "field.notOneOf", CodePolicy.abbreviate(status), "DRAFT, OPEN, CLOSED");
        }
        String chainCode = CodePolicy.normalize(blankToNull(chain));
        if (chainCode != null && !codes.valueChain(chainCode)) {
            throw ApiException.invalidField("chain", "field.valueChain.unknown", CodePolicy.abbreviate(chain));
        }
        String departmentCode = blankToNull(department);
        if (departmentCode != null && !codes.department(departmentCode)) {
            throw ApiException.invalidField("department", "field.department.unknown", CodePolicy.abbreviate(departmentCode));
        }
        String order = sort == null || sort.isBlank() ? "-createdAt" : sort.strip();
        if (!RequirementQuery.SORTS.contains(order.startsWith("-") ? order.substring(1) : order)) {
            throw ApiException.invalidField("sort", "field.notOneOf", CodePolicy.abbreviate(order),
                    String.join(", ", RequirementQuery.SORTS));
        }
        RequirementQuery query = new RequirementQuery(blankToNull(externalId), nit, anchorId, statusCode, chainCode,
                departmentCode, blankToNull(q), null, false, order, pageNumber, pageSize);
        return finding.list(Actor.of(authentication), query);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Un requerimiento (404 si quien consulta no puede verlo); ETag = versión")
    HttpResponse<RequirementDetails> get(@PathVariable UUID id, Authentication authentication) {
        RequirementDetails details = finding.details(Actor.of(authentication), id);
        return HttpResponse.ok(details).header("ETag", "\"" + details.version() + "\"")
                .header("Cache-Control", "private, no-cache");
    }

    @Post
    @Secured({Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Crea un requerimiento en borrador (DRAFT); una empresa ancla lo crea para sí misma, un organizador indica la empresa en anchor")
    HttpResponse<RequirementDetails> create(@Body RequirementDraft draft, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        StoredRequirement created = editing.create(actor, draft);
        return HttpResponse.created(finding.detailsOf(actor, created))
                .header("Location", "/api/v1/requirements/" + created.id())
                .header("ETag", "\"" + created.version() + "\"");
    }

    @Put("/{id}")
    @Secured({Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Reemplaza los campos de un requerimiento en borrador o abierto; con If-Match: \"versión\" rechaza cambios simultáneos (412)")
    HttpResponse<RequirementDetails> update(@PathVariable UUID id, @Body RequirementDraft draft,
                                            @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        StoredRequirement updated = editing.update(actor, id, draft, IfMatch.version(ifMatch));
        return HttpResponse.ok(finding.detailsOf(actor, updated)).header("ETag", "\"" + updated.version() + "\"");
    }

    @Post("/{id}/open")
    @Secured({Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Publica un borrador (DRAFT → OPEN): los proveedores empiezan a verlo")
    RequirementDetails open(@PathVariable UUID id, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return finding.detailsOf(actor, editing.move(actor, id, RequirementStatus.OPEN));
    }

    @Post("/{id}/close")
    @Secured({Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Cierra un requerimiento abierto (OPEN → CLOSED)")
    RequirementDetails close(@PathVariable UUID id, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return finding.detailsOf(actor, editing.move(actor, id, RequirementStatus.CLOSED));
    }

    @Delete("/{id}")
    @Secured({Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Elimina un borrador (un requerimiento publicado se cierra, no se elimina)")
    HttpResponse<Void> delete(@PathVariable UUID id, Authentication authentication) {
        editing.delete(Actor.of(authentication), id);
        return HttpResponse.noContent();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
