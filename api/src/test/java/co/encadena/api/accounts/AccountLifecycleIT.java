package co.encadena.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.MailServer;
import co.encadena.api.support.TestClock;
import co.encadena.matching.identity.Nit;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Throttling, password reset by e-mail, personal-data rights, user management and the audit log. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountLifecycleIT implements TestPropertyProvider {

    private static final String PASSWORD = "Mi clave de prueba 2026";

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    @Inject
    TestClock clock;

    private Api api;
    private String email;

    @Override
    public Map<String, String> getProperties() {
        return MailServer.properties();
    }

    @BeforeEach
    void user() {
        api = new Api(server.getPort());
        email = "persona-" + UUID.randomUUID() + "@example.co";
        var org = organizations.insert("SUPPLIER", Nit.ofNumber(String.valueOf(600_000_000 + new Random().nextInt(99_999_999))).toString(),
                "Confecciones de Prueba S.A.S.", null);
        creatingUser.create(email, "Lucía Mosquera", Role.SUPPLIER, org.id(), PASSWORD, true, true);
    }

    @Test
    void tenWrongPasswordsAreThrottledAndTheRightOneWorksAfterTheWait() {
        int throttled = 0;
        for (int i = 0; i < 10; i++) {
            int status = api.post("/api/v1/auth/login", credentials(email, "no-es-la-clave-" + i), null).statusCode();
            assertTrue(status == 401 || status == 429, "status " + status);
            throttled += status == 429 ? 1 : 0;
        }
        assertTrue(throttled > 0, "ten wrong passwords in a row must be throttled");
        HttpResponse<String> blocked = api.post("/api/v1/auth/login", credentials(email, PASSWORD), null);
        assertEquals(429, blocked.statusCode(), "even the right password waits: " + blocked.body());
        assertTrue(blocked.body().contains("Demasiados intentos fallidos") && blocked.body().contains("minuto"), blocked.body());

        clock.advance(Duration.ofMinutes(6));
        assertEquals(200, api.post("/api/v1/auth/login", credentials(email, PASSWORD), null).statusCode(),
                "after the wait the right password works");
    }

    @Test
    void aPasswordResetEmailArrivesAndItsLinkWorksOnce() throws Exception {
        HttpResponse<String> asked = api.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}", null);
        assertEquals(202, asked.statusCode());
        HttpResponse<String> unknown = api.post("/api/v1/auth/password-reset", "{\"email\":\"nadie-" + UUID.randomUUID() + "@example.co\"}", null);
        assertEquals(asked.body(), unknown.body(), "the answer must not reveal whether the account exists");

        MimeMessage mail = MailServer.lastTo(email).orElseThrow(() -> new AssertionError("no reset e-mail"));
        assertTrue(mail.getSubject().contains("Restablezca su contraseña"));
        String token = MailServer.token(mail);
        String reset = "{\"token\":\"" + token + "\",\"newPassword\":\"Nueva clave segura 2027\"}";
        assertEquals(204, api.post("/api/v1/auth/password-reset/confirm", reset, null).statusCode());
        HttpResponse<String> again = api.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"newPassword\":\"Otra clave segura 2028\"}", null);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("ya se usó o expiró"), again.body());

        assertEquals(401, api.post("/api/v1/auth/login", credentials(email, PASSWORD), null).statusCode());
        api.login(email, "Nueva clave segura 2027");
    }

    @Test
    void anExpiredResetLinkIsRefused() throws Exception {
        api.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}", null);
        String token = MailServer.token(MailServer.lastTo(email).orElseThrow());
        clock.advance(Duration.ofMinutes(61));
        assertEquals(400, api.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"newPassword\":\"Nueva clave segura 2027\"}", null).statusCode());
    }

    @Test
    void changingThePasswordEndsOtherSessions() {
        HttpResponse<String> login = api.post("/api/v1/auth/login", credentials(email, PASSWORD), null);
        String refresh = Api.field(login.body(), "refreshToken");
        String access = Api.field(login.body(), "accessToken");
        HttpResponse<String> wrong = api.put("/api/v1/me/password",
                "{\"currentPassword\":\"no es\",\"newPassword\":\"Nueva clave segura 2027\"}", access);
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("\"field\":\"currentPassword\""), wrong.body());
        assertEquals(204, api.put("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Nueva clave segura 2027\"}", access).statusCode());
        assertEquals(401, api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null).statusCode());
    }

    @Test
    void aPersonDownloadsTheirDataAndThenHasItErased() {
        String access = api.login(email, PASSWORD);
        HttpResponse<String> data = api.get("/api/v1/me/data", access);
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.headers().firstValue("content-disposition").orElse("").contains("attachment"));
        assertTrue(data.body().contains(email) && data.body().contains("Lucía Mosquera")
                && data.body().contains("Confecciones de Prueba") && data.body().contains("LOGIN_SUCCEEDED"), data.body());
        assertFalse(data.body().contains("argon2"), "never the password hash");

        assertEquals(204, api.delete("/api/v1/me", access).statusCode());

        String admin = adminToken();
        HttpResponse<String> audit = api.get("/api/v1/audit-events?action=DATA_ERASED&size=500", admin);
        assertEquals(200, audit.statusCode(), audit.body());
        HttpResponse<String> exports = api.get("/api/v1/audit-events?action=DATA_EXPORTED&size=500", admin);
        assertTrue(exports.body().contains("DATA_EXPORTED"), exports.body());
        HttpResponse<String> all = api.get("/api/v1/audit-events?size=500", admin);
        assertFalse(all.body().contains(email), "the erased person's e-mail must be gone from the audit log too");
        assertEquals(401, api.post("/api/v1/auth/login", credentials(email, PASSWORD), null).statusCode());
    }

    @Test
    void anOrganizerInvitesAColleagueWhoSetsAPasswordFromTheEmail() throws Exception {
        var org = organizations.insert("ORGANIZER", null, "Cámara de Comercio de Prueba", null);
        String organizer = "org-" + UUID.randomUUID() + "@camara.example.co";
        creatingUser.create(organizer, "Carlos Rojas", Role.ORGANIZER, org.id(), PASSWORD);
        String token = api.login(organizer, PASSWORD);
        String colleague = "colega-" + UUID.randomUUID() + "@camara.example.co";
        HttpResponse<String> created = api.post("/api/v1/users",
                "{\"email\":\"" + colleague + "\",\"fullName\":\"Diana Ospina\",\"role\":\"ORGANIZER\"}", token);
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> admin = api.post("/api/v1/users",
                "{\"email\":\"x" + colleague + "\",\"fullName\":\"Diana Ospina\",\"role\":\"ADMIN\"}", token);
        assertEquals(403, admin.statusCode(), "an organizer cannot create administrators");

        MimeMessage invitation = MailServer.lastTo(colleague).orElseThrow(() -> new AssertionError("no invitation"));
        assertTrue(MailServer.body(invitation).contains("Cámara de Comercio de Prueba"));
        assertEquals(204, api.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + MailServer.token(invitation) + "\",\"newPassword\":\"Clave de la colega 2026\"}", null).statusCode());
        api.login(colleague, "Clave de la colega 2026");

        HttpResponse<String> list = api.get("/api/v1/users", token);
        assertTrue(list.body().contains(colleague) && !list.body().contains(email), "organizers see their organization only");
    }

    @Test
    void aMipymeCannotChangeRolesNorReadTheAuditLog() {
        String access = api.login(email, PASSWORD);
        assertEquals(403, api.patch("/api/v1/users/" + UUID.randomUUID(), "{\"role\":\"ADMIN\"}", access).statusCode());
        assertEquals(403, api.get("/api/v1/audit-events", access).statusCode());
        HttpResponse<String> create = api.post("/api/v1/users",
                "{\"email\":\"z-" + UUID.randomUUID() + "@example.co\",\"fullName\":\"Pedro Gómez\",\"role\":\"ORGANIZER\"}", access);
        assertEquals(403, create.statusCode(), create.body());
    }

    @Test
    void anAdministratorChangesARoleAndTheAuditLogShowsIt() {
        var org = organizations.insert("ORGANIZER", null, "Iniciativa Clúster de Prueba", null);
        String organizer = "cl-" + UUID.randomUUID() + "@cluster.example.co";
        UUID id = creatingUser.create(organizer, "Óscar Valencia", Role.ORGANIZER, org.id(), PASSWORD).id();
        String admin = adminToken();
        HttpResponse<String> changed = api.patch("/api/v1/users/" + id, "{\"role\":\"ADMIN\"}", admin);
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> toSupplier = api.patch("/api/v1/users/" + id, "{\"role\":\"SUPPLIER\"}", admin);
        assertEquals(400, toSupplier.statusCode(), "roles follow the kind of organization");
        HttpResponse<String> audit = api.get("/api/v1/audit-events?action=ROLE_CHANGED", admin);
        assertTrue(audit.body().contains("user:" + id) && audit.body().contains("ORGANIZER -> ADMIN"), audit.body());
    }

    private String adminToken() {
        String admin = "admin-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(admin, "Administración", Role.ADMIN, null, PASSWORD);
        return api.login(admin, PASSWORD);
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
