package co.encadena.api.accounts.web;

import co.encadena.api.accounts.application.AccountLinks;
import co.encadena.api.accounts.application.ManagingUsers;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * User management. Administrators see and manage everyone; organizers the users of their organization; owners
 * of a supplier or anchor invite members. Who may do what exactly is decided in {@link ManagingUsers}.
 */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Usuarios")
@ProblemResponses
public class UsersController {

    private final ManagingUsers managing;
    private final AccountLinks links;

    UsersController(ManagingUsers managing, AccountLinks links) {
        this.managing = managing;
        this.links = links;
    }

    /** Fields of a new user (see {@link ManagingUsers.NewUser}). */
    @Serdeable
    public record NewUserForm(@Nullable String email, @Nullable String fullName, @Nullable String role,
                              @Nullable UUID organizationId, @Nullable String newOrganizerName) {
    }

    /** A change of role and/or status (ACTIVE, DISABLED). */
    @Serdeable
    public record UserChange(@Nullable String role, @Nullable String status) {
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Usuarios: todos (administradores) o los de su organización")
    PageResponse<ManagingUsers.UserSummary> list(Authentication authentication, HttpRequest<?> request) {
        return PageResponse.all(managing.list(Callers.caller(authentication, request)));
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Crea un usuario y le envía una invitación para fijar su contraseña")
    HttpResponse<ManagingUsers.UserSummary> create(@Body NewUserForm form, Authentication authentication,
                                                   HttpRequest<?> request) {
        ManagingUsers.Created created = managing.create(Callers.caller(authentication, request),
                new ManagingUsers.NewUser(form.email(), form.fullName(), form.role(), form.organizationId(),
                        form.newOrganizerName()));
        links.send(created.invitation());
        return HttpResponse.created(created.user());
    }

    @Patch("/{id}")
    @Secured("ADMIN")
    @Operation(summary = "Cambia el rol o el estado de un usuario (administradores)")
    ManagingUsers.UserSummary change(@PathVariable UUID id, @Body UserChange change, Authentication authentication,
                                     HttpRequest<?> request) {
        return managing.change(Callers.caller(authentication, request), id, change.role(), change.status());
    }
}
