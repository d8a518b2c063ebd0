package co.encadena.api.search.web;

import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.search.application.SearchIndexes;
import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;

/** Rebuilding and checking the search indexes (administrators). */
@Controller("/api/v1/admin/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Búsqueda")
@ProblemResponses
@Secured("ADMIN")
public class SearchAdminController {

    private final SearchIndexes indexes;

    SearchAdminController(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    @Post("/reindex")
    @Operation(summary = "Reconstruye los índices desde PostgreSQL sin interrumpir la búsqueda y cambia el alias")
    List<SearchIndexes.Consistency> reindex() {
        List<SearchIndexes.Consistency> out = new ArrayList<>();
        try {
            indexes.ensure();
            for (SearchOutbox.Entity entity : SearchOutbox.Entity.values()) {
                out.add(indexes.rebuild(entity));
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw co.encadena.api.search.application.SupplierSearch.unavailableFor(e);
        }
        return out;
    }

    @Get("/consistency")
    @Operation(summary = "Compara identificadores y versiones entre PostgreSQL y OpenSearch")
    List<SearchIndexes.Consistency> consistency() {
        List<SearchIndexes.Consistency> out = new ArrayList<>();
        try {
            for (SearchOutbox.Entity entity : SearchOutbox.Entity.values()) {
                out.add(indexes.check(entity));
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw co.encadena.api.search.application.SupplierSearch.unavailableFor(e);
        }
        return out;
    }
}
