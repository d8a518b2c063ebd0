package co.encadena.api.audit.web;

import co.encadena.api.audit.persistence.AuditEvent;
import co.encadena.api.audit.persistence.AuditEvents;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
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

/** The audit log, for administrators. */
@Controller("/api/v1/audit-events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Auditoría")
@ProblemResponses
@Secured("ADMIN")
public class AuditController {

    private final AuditEvents events;

    AuditController(AuditEvents events) {
        this.events = events;
    }

    @Get("{?action,page,size}")
    @Operation(summary = "Eventos de seguridad, del más reciente al más antiguo; filtro opcional por acción")
    PageResponse<AuditEvent> list(@Nullable @QueryValue String action,
                                  @QueryValue(defaultValue = "0") @Min(value = 0, message = "validation.min") int page,
                                  @QueryValue(defaultValue = "50") @Min(value = 1, message = "validation.min")
                                  @Max(value = 500, message = "validation.max") int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        Page<AuditEvent> result = action == null || action.isBlank()
                ? events.findAll(pageable) : events.findByAction(action, pageable);
        return new PageResponse<>(result.getContent(), result.getTotalSize(), page, size);
    }
}
