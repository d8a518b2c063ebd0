package co.encadena.api.common;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.UUID;

/**
 * Who is calling, as the access token says: the user, the role and the organization the user belongs to
 * (none for administrators). Application services decide ownership with it; controllers only build it.
 */
public record Actor(UUID userId, String role, UUID organizationId) {

    public static final String SUPPLIER = "SUPPLIER";
    public static final String ANCHOR = "ANCHOR";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String ADMIN = "ADMIN";

    public static Actor of(Authentication authentication) {
        Collection<String> roles = authentication.getRoles();
        String role = roles.isEmpty() ? "" : roles.iterator().next();
        Object org = authentication.getAttributes().get("org");
        UUID organization = org == null ? null : UUID.fromString(org.toString());
        return new Actor(UUID.fromString(authentication.getName()), role, organization);
    }

    /** Organizers and administrators see and change every organization's data. */
    public boolean isStaff() {
        return ORGANIZER.equals(role) || ADMIN.equals(role);
    }

    public boolean is(String expected) {
        return expected.equals(role);
    }

    /** Whether the caller belongs to {@code organization}. */
    public boolean belongsTo(UUID organization) {
        return organizationId != null && organizationId.equals(organization);
    }
}
