package co.encadena.api.accounts.web;

import co.encadena.api.accounts.application.AccountLinks;
import co.encadena.api.accounts.application.Registering;
import co.encadena.api.accounts.persistence.Consents;
import co.encadena.api.accounts.web.AuthController.Notice;
import co.encadena.api.common.Messages;
import co.encadena.api.common.web.ClientAddress;
import co.encadena.api.common.web.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Self-registration of mipymes and anchors, and the personal-data policy they consent to. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registro")
@ProblemResponses
@Secured(SecurityRule.IS_ANONYMOUS)
public class RegistrationController {

    private final Registering registering;
    private final AccountLinks links;
    private final Consents consents;
    private final Messages messages;

    RegistrationController(Registering registering, AccountLinks links, Consents consents, Messages messages) {
        this.registering = registering;
        this.links = links;
        this.consents = consents;
        this.messages = messages;
    }

    /**
     * A registration form. {@code kind}: SUPPLIER (mipyme or popular-economy unit) or ANCHOR;
     * {@code anchorType} (NACIONAL, EXTRANJERA, ESTATAL) for anchors; {@code acceptedPolicyVersion}: the version
     * of the personal-data policy the person read and accepted.
     */
    @Serdeable
    public record RegistrationForm(@Nullable String kind, @Nullable String nit, @Nullable String legalName,
                                   @Nullable String anchorType, @Nullable String fullName, @Nullable String email,
                                   @Nullable String password, @Nullable String acceptedPolicyVersion) {
    }

    @Post("/registrations")
    @Operation(summary = "Registra una mipyme o empresa ancla y su primer usuario; envía un correo para confirmar la dirección")
    HttpResponse<Notice> register(@Body RegistrationForm form, HttpRequest<?> request) {
        links.send(registering.register(new Registering.Request(form.kind(), form.nit(), form.legalName(),
                form.anchorType(), form.fullName(), form.email(), form.password(), form.acceptedPolicyVersion()),
                ClientAddress.of(request)));
        return HttpResponse.<Notice>status(HttpStatus.ACCEPTED).body(new Notice(messages.get("notice.registered")));
    }

    @Get("/privacy-policy")
    @Operation(summary = "La política de tratamiento de datos personales vigente (Ley 1581 de 2012)")
    Consents.Policy privacyPolicy() {
        return consents.current().orElseThrow();
    }
}
