package co.encadena.api.requirements.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.CodePolicy;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.requirements.application.AnchorDetails;
import co.encadena.api.requirements.application.ManagingAnchors;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.matching.identity.Nit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Anchor companies: their profile (NIT, name, type NACIONAL | EXTRANJERA | ESTATAL) and the organizers' list. */
@Controller("/api/v1/anchors")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Empresas ancla")
@ProblemResponses
public class AnchorController {

    private final ManagingAnchors anchors;

    AnchorController(ManagingAnchors anchors) {
        this.anchors = anchors;
    }

    @Get("{?nit,type,q,page,size}")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Empresas ancla; nit encuentra una (página de a lo sumo una)")
    PageResponse<AnchorDetails> list(@Nullable @QueryValue String nit, @Nullable @QueryValue String type,
                                     @Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                                     @Nullable @QueryValue Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 0 || pageNumber > 100_000) {
            throw ApiException.invalidField("page", "filter.page");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw ApiException.invalidField("size", "filter.size", 100);
        }
        String canonical = null;
        if (nit != null && !nit.isBlank()) {
            try {
                canonical = Nit.parse(nit).toString();
            } catch (Nit.InvalidNitException e) {
                throw ApiException.invalidField("nit", e.problem() == Nit.Problem.CHECK_DIGIT
                        ? "field.nit.checkDigit" : "field.nit.format", CodePolicy.abbreviate(nit));
            }
        }
        String typeCode = CodePolicy.normalize(type == null || type.isBlank() ? null : type);
        if (typeCode != null && !AnchorProfile.TYPES.contains(typeCode)) {
            throw ApiException.invalidField("type", "field.notOneOf", CodePolicy.abbreviate(type),
                    String.join(", ", AnchorProfile.TYPES));
        }
        return anchors.list(canonical, typeCode, q == null || q.isBlank() ? null : q.strip(), pageNumber, pageSize);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Una empresa ancla")
    AnchorDetails get(@PathVariable UUID id, Authentication authentication) {
        return anchors.details(Actor.of(authentication), id);
    }

    @Put("/{id}")
    @Secured({Actor.ANCHOR, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Actualiza el nombre y el tipo de la empresa ancla (la propia, o cualquiera si es organizador); el NIT no cambia")
    AnchorDetails update(@PathVariable UUID id, @Body RequirementDraft.AnchorDraft body, Authentication authentication) {
        return anchors.update(Actor.of(authentication), id, body);
    }
}
