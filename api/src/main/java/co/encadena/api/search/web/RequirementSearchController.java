package co.encadena.api.search.web;

import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.search.application.RequirementSearch;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Open requirements, searched by mipymes (fitting their profile by default), organizers and administrators. */
@Controller("/api/v1/search/requirements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Búsqueda")
@ProblemResponses
@Secured({"SUPPLIER", "ORGANIZER", "ADMIN"})
public class RequirementSearchController {

    private final RequirementSearch requirements;

    RequirementSearchController(RequirementSearch requirements) {
        this.requirements = requirements;
    }

    @Get("{?q,chain,department,fitsProfile,page,pageSize}")
    @Operation(summary = "Busca requerimientos abiertos; para una mipyme, por defecto los que entregan donde ella entrega")
    RequirementSearch.Results search(@Nullable @QueryValue String q, @Nullable @QueryValue String chain,
            @Nullable @QueryValue String department, @Nullable @QueryValue Boolean fitsProfile,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = "validation.min") @Max(value = 500, message = "validation.max") int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = "validation.min") @Max(value = 100, message = "validation.max") int pageSize,
            Authentication authentication) {
        boolean supplier = authentication.getRoles().contains("SUPPLIER");
        Object org = authentication.getAttributes().get("org");
        UUID supplierId = supplier && org != null ? UUID.fromString(org.toString()) : null;
        return requirements.search(new RequirementSearch.Criteria(q, list(chain), list(department), supplierId,
                fitsProfile == null ? supplier : fitsProfile, page, pageSize));
    }

    private static List<String> list(@Nullable String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
