package co.encadena.api.support;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.matching.identity.Nit;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Signed-in callers for integration tests: a user of a given role in a fresh organization (or one that
 * already exists), logged in through the real endpoint. NITs are random numbers starting with 5–7, apart from
 * the 8/9 of the evaluation files.
 */
public final class TestUsers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD = "Clave de pruebas 2026";

    private final CreatingUser creatingUser;
    private final Organizations organizations;
    private final Api api;

    public TestUsers(CreatingUser creatingUser, Organizations organizations, Api api) {
        this.creatingUser = creatingUser;
        this.organizations = organizations;
        this.api = api;
    }

    /** A caller: its access token and its organization (null for administrators). */
    public record Caller(String token, UUID organizationId, String nit) {
    }

    public static String randomNit() {
        return Nit.ofNumber(String.valueOf(500_000_000 + RANDOM.nextInt(299_999_999))).toString();
    }

    public Caller organizer() {
        UUID org = organizations.insert("ORGANIZER", null, "Organizador de pruebas", null).id();
        return login(Role.ORGANIZER, org, null);
    }

    public Caller admin() {
        return login(Role.ADMIN, null, null);
    }

    /** A supplier user in a new supplier organization (without profile yet). */
    public Caller supplier() {
        String nit = randomNit();
        UUID org = organizations.insert("SUPPLIER", nit, "Proveedor de pruebas", null).id();
        return login(Role.SUPPLIER, org, nit);
    }

    /** An anchor user in a new national anchor. */
    public Caller anchor() {
        String nit = randomNit();
        UUID org = organizations.insert("ANCHOR", nit, "Ancla de pruebas " + nit, "NACIONAL").id();
        return login(Role.ANCHOR, org, nit);
    }

    /** A user of {@code role} for an organization that already exists. */
    public Caller userOf(Role role, UUID organization, String nit) {
        return login(role, organization, nit);
    }

    private Caller login(Role role, UUID organization, String nit) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(email, "Persona " + role, role, organization, PASSWORD, true, false);
        return new Caller(api.login(email, PASSWORD), organization, nit);
    }
}
