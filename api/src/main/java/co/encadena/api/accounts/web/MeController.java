package co.encadena.api.accounts.web;

import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Who the caller is. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Autenticación")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MeController {

    private final UserAccounts users;

    MeController(UserAccounts users) {
        this.users = users;
    }

    /** The signed-in user. */
    @Serdeable
    public record Me(UUID id, String email, String fullName, String role, @Nullable UUID organizationId) {
    }

    @Get
    @Operation(summary = "El usuario que ha iniciado sesión")
    Me me(Authentication authentication) {
        UserAccount user = users.findById(UUID.fromString(authentication.getName())).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.UNAUTHORIZED, "error.unauthorized"));
        return new Me(user.id(), user.email(), user.fullName(), user.role(), user.organizationId());
    }
}
