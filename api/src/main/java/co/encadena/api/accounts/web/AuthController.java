package co.encadena.api.accounts.web;

import co.encadena.api.accounts.application.LoggingIn;
import co.encadena.api.accounts.application.RefreshingSession;
import co.encadena.api.accounts.application.Session;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Login, token refresh and logout. The access token is sent as {@code Authorization: Bearer …}. */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Autenticación")
@ProblemResponses
public class AuthController {

    private final LoggingIn loggingIn;
    private final RefreshingSession refreshing;

    AuthController(LoggingIn loggingIn, RefreshingSession refreshing) {
        this.loggingIn = loggingIn;
        this.refreshing = refreshing;
    }

    /** E-mail and password. */
    @Serdeable
    public record Credentials(@NotBlank(message = "validation.required") @Size(max = 254, message = "validation.size.max") String email,
                              @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String password) {
    }

    /** A refresh token from a previous login or refresh. */
    @Serdeable
    public record RefreshRequest(@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String refreshToken) {
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Inicia sesión con correo y contraseña; responde un token de acceso (JWT, 15 min) y uno de renovación")
    Session login(@Body @Valid Credentials credentials) {
        return loggingIn.login(credentials.email(), credentials.password());
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Cambia un token de renovación (de un solo uso) por una sesión nueva")
    Session refresh(@Body @Valid RefreshRequest request) {
        return refreshing.refresh(request.refreshToken());
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Cierra la sesión: revoca el token de renovación")
    HttpResponse<Void> logout(@Body @Valid RefreshRequest request, Authentication authentication) {
        refreshing.logout(request.refreshToken(), UUID.fromString(authentication.getName()));
        return HttpResponse.noContent();
    }
}
