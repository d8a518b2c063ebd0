package co.encadena.api.accounts.web;

import co.encadena.api.accounts.application.AccountLinks;
import co.encadena.api.accounts.application.LoggingIn;
import co.encadena.api.accounts.application.ManagingPasswords;
import co.encadena.api.accounts.application.RefreshingSession;
import co.encadena.api.accounts.application.Session;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.common.Messages;
import co.encadena.api.common.web.ClientAddress;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/** Login, token refresh, logout, e-mail verification and password reset. */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Autenticación")
@ProblemResponses
public class AuthController {

    private final LoggingIn loggingIn;
    private final RefreshingSession refreshing;
    private final ManagingPasswords passwords;
    private final AccountLinks links;
    private final Messages messages;

    AuthController(LoggingIn loggingIn, RefreshingSession refreshing, ManagingPasswords passwords, AccountLinks links,
                   Messages messages) {
        this.loggingIn = loggingIn;
        this.refreshing = refreshing;
        this.passwords = passwords;
        this.links = links;
        this.messages = messages;
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

    /** An e-mail address. */
    @Serdeable
    public record EmailRequest(@NotBlank(message = "validation.required") @Size(max = 254, message = "validation.size.max") String email) {
    }

    /** A token from an e-mailed link. */
    @Serdeable
    public record TokenRequest(@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String token) {
    }

    /** A token from a reset link and the new password. */
    @Serdeable
    public record ResetRequest(@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.size.max") String token,
                               @NotBlank(message = "validation.required") String newPassword) {
    }

    /** A sentence for the person (the same whatever happened, where telling more would leak accounts). */
    @Serdeable
    public record Notice(String message) {
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Inicia sesión con correo y contraseña; responde un token de acceso (JWT, 15 min) y uno de renovación")
    Session login(@Body @Valid Credentials credentials, HttpRequest<?> request) {
        return loggingIn.login(credentials.email(), credentials.password(), ClientAddress.of(request));
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
    HttpResponse<Void> logout(@Body @Valid RefreshRequest body, Authentication authentication) {
        refreshing.logout(body.refreshToken(), Callers.userId(authentication));
        return HttpResponse.noContent();
    }

    @Post("/password-reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Envía un enlace para restablecer la contraseña (la respuesta es la misma exista o no la cuenta)")
    HttpResponse<Notice> requestReset(@Body @Valid EmailRequest body, HttpRequest<?> request) {
        passwords.requestReset(body.email(), Auditing.Actor.anonymous(ClientAddress.of(request))).ifPresent(links::send);
        return HttpResponse.<Notice>status(HttpStatus.ACCEPTED).body(new Notice(messages.get("notice.resetSent")));
    }

    @Post("/password-reset/confirm")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Fija una contraseña nueva con el enlace recibido (válido una vez, 1 hora)")
    HttpResponse<Void> confirmReset(@Body @Valid ResetRequest body, HttpRequest<?> request) {
        passwords.reset(body.token(), body.newPassword(), Auditing.Actor.anonymous(ClientAddress.of(request)));
        return HttpResponse.noContent();
    }

    @Post("/verify-email")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Confirma el correo con el enlace recibido al registrarse")
    HttpResponse<Void> verifyEmail(@Body @Valid TokenRequest body, HttpRequest<?> request) {
        passwords.verifyEmail(body.token(), Auditing.Actor.anonymous(ClientAddress.of(request)));
        return HttpResponse.noContent();
    }

    @Post("/verify-email/resend")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Envía de nuevo el enlace de confirmación del correo")
    HttpResponse<Notice> resendVerification(@Body @Valid EmailRequest body) {
        passwords.resendVerification(body.email()).ifPresent(links::send);
        return HttpResponse.<Notice>status(HttpStatus.ACCEPTED).body(new Notice(messages.get("notice.verificationSent")));
    }
}
