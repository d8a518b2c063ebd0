package co.encadena.api.accounts.web;

import co.encadena.api.accounts.application.ManagingUsers;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.common.web.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/** Reads who is calling from the access token (subject = user id, one role, {@code org} claim). */
public final class Callers {

    private Callers() {
    }

    public static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }

    public static ManagingUsers.Caller caller(Authentication authentication, HttpRequest<?> request) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf).orElseThrow();
        Object org = authentication.getAttributes().get("org");
        return new ManagingUsers.Caller(userId(authentication), role, org == null ? null : UUID.fromString(org.toString()),
                ClientAddress.of(request));
    }

    public static Auditing.Actor actor(Authentication authentication, HttpRequest<?> request) {
        Object email = authentication.getAttributes().get("email");
        return new Auditing.Actor(userId(authentication), email == null ? null : email.toString(), ClientAddress.of(request));
    }
}
