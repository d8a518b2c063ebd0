package co.encadena.api.search.web;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.search.application.SupplierSearch;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Supplier search for anchors, organizers and administrators. List filters take comma-separated codes
 * ({@code department=05,11}). When OpenSearch is unavailable the answer is 503 problem+json; nothing else of
 * the product depends on it.
 */
@Controller("/api/v1/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Búsqueda")
@ProblemResponses
@Secured({"ANCHOR", "ORGANIZER", "ADMIN"})
public class SearchController {

    private static final Set<String> SORTS = Set.of("relevance", "distance", "name");

    private final SupplierSearch suppliers;

    SearchController(SupplierSearch suppliers) {
        this.suppliers = suppliers;
    }

    @Get("/suppliers{?q,department,municipality,near,radiusKm,chain,link,certification,validOn,size,womenLed,ethnic,victims,youthLed,popularEconomy,pdet,zomac,deliversTo,sort,page,pageSize}")
    @Operation(summary = "Busca proveedores por texto (sinónimos, tildes y errores de digitación), territorio, cadena, "
            + "certificaciones vigentes, tamaño e inclusión; con facetas y resaltado")
    SupplierSearch.Results searchSuppliers(@Nullable @QueryValue String q, @Nullable @QueryValue String department,
            @Nullable @QueryValue String municipality, @Nullable @QueryValue String near,
            @Nullable @QueryValue @Min(value = 1, message = "validation.min") @Max(value = 2000, message = "validation.max") Integer radiusKm,
            @Nullable @QueryValue String chain, @Nullable @QueryValue String link, @Nullable @QueryValue String certification,
            @Nullable @QueryValue String validOn, @Nullable @QueryValue String size, @Nullable @QueryValue Boolean womenLed,
            @Nullable @QueryValue Boolean ethnic, @Nullable @QueryValue Boolean victims, @Nullable @QueryValue Boolean youthLed,
            @Nullable @QueryValue Boolean popularEconomy, @Nullable @QueryValue Boolean pdet, @Nullable @QueryValue Boolean zomac,
            @Nullable @QueryValue String deliversTo, @Nullable @QueryValue String sort,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = "validation.min") @Max(value = 500, message = "validation.max") int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = "validation.min") @Max(value = 100, message = "validation.max") int pageSize) {
        String order = sort == null || sort.isBlank() ? "relevance" : sort;
        if (!SORTS.contains(order)) {
            throw ApiException.invalidField("sort", "error.search.sort");
        }
        if (radiusKm != null && (near == null || near.isBlank())) {
            throw ApiException.invalidField("near", "error.search.radiusNeedsOrigin");
        }
        return suppliers.search(new SupplierSearch.Criteria(q, list(department), list(municipality), blankToNull(near),
                radiusKm, list(chain), list(link), list(certification), date(validOn), list(size), womenLed, ethnic,
                victims, youthLed, popularEconomy, pdet, zomac, blankToNull(deliversTo), order, page, pageSize));
    }

    @Get("/suppliers/suggest{?q}")
    @Operation(summary = "Autocompletado de nombres de proveedores y de sus productos o servicios")
    List<String> suggest(@Nullable @QueryValue String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return suppliers.suggest(q.strip(), 8);
    }

    private static List<String> list(@Nullable String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("validOn", "error.search.date", text);
        }
    }
}
