package co.encadena.api.accounts.web;

import co.encadena.api.accounts.application.ManagingPasswords;
import co.encadena.api.accounts.application.PersonalDataRights;
import co.encadena.api.accounts.persistence.Consents;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The signed-in person: who they are, their password, consents and personal-data rights. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mi cuenta")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MeController {

    private final UserAccounts users;
    private final ManagingPasswords passwords;
    private final PersonalDataRights rights;
    private final Consents consents;

    MeController(UserAccounts users, ManagingPasswords passwords, PersonalDataRights rights, Consents consents) {
        this.users = users;
        this.passwords = passwords;
        this.rights = rights;
        this.consents = consents;
    }

    /** The signed-in user. */
    @Serdeable
    public record Me(UUID id, String email, String fullName, String role, @Nullable UUID organizationId, boolean owner) {
    }

    /** Current and new password. */
    @Serdeable
    public record PasswordChange(@NotBlank(message = "validation.required") String currentPassword,
                                 @NotBlank(message = "validation.required") String newPassword) {
    }

    @Get
    @Operation(summary = "El usuario que ha iniciado sesión")
    Me me(Authentication authentication) {
        UserAccount user = users.findById(Callers.userId(authentication)).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.UNAUTHORIZED, "error.unauthorized"));
        return new Me(user.id(), user.email(), user.fullName(), user.role(), user.organizationId(), user.owner());
    }

    @Put("/password")
    @Operation(summary = "Cambia la contraseña; cierra las demás sesiones")
    HttpResponse<Void> changePassword(@Body @Valid PasswordChange body, Authentication authentication,
                                      HttpRequest<?> request) {
        passwords.change(Callers.userId(authentication), body.currentPassword(), body.newPassword(),
                Callers.actor(authentication, request));
        return HttpResponse.noContent();
    }

    @Get("/consents")
    @Operation(summary = "Las autorizaciones de tratamiento de datos que ha dado, con versión y fecha")
    List<Consents.Consent> consents(Authentication authentication) {
        return consents.of(Callers.userId(authentication));
    }

    @Get("/data")
    @Operation(summary = "Descarga todos sus datos personales (JSON)")
    HttpResponse<PersonalDataRights.PersonalData> data(Authentication authentication, HttpRequest<?> request) {
        PersonalDataRights.PersonalData data = rights.export(Callers.userId(authentication),
                Callers.actor(authentication, request));
        return HttpResponse.ok(data).header("Content-Disposition",
                "attachment; filename=\"mis-datos-encadena-" + LocalDate.now() + ".json\"");
    }

    @Delete
    @Operation(summary = "Elimina sus datos personales (se anonimizan; las cifras del programa se conservan) y cierra la cuenta")
    HttpResponse<Void> erase(Authentication authentication, HttpRequest<?> request) {
        rights.erase(Callers.userId(authentication), Callers.actor(authentication, request));
        return HttpResponse.noContent();
    }
}
