package co.encadena.api.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.MailServer;
import co.encadena.matching.identity.Nit;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Self-registration: what is refused (and creates nothing), and the path from form to first login. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    TransactionOperations<Connection> tx;

    private Api api;
    private final Random random = new Random();

    @Override
    public Map<String, String> getProperties() {
        return MailServer.properties();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getPort());
    }

    @Test
    void aMipymeRegistersConfirmsItsEmailAndLogsIn() throws Exception {
        String email = "gerencia-" + UUID.randomUUID() + "@empaques.example.co";
        String nit = freshNit();
        HttpResponse<String> r = api.post("/api/v1/registrations", form("SUPPLIER", nit, email, "Empaques del Río 2026!", true), null);
        assertEquals(202, r.statusCode(), r.body());
        assertTrue(r.body().contains("Le enviamos un correo"), r.body());

        HttpResponse<String> early = api.post("/api/v1/auth/login", credentials(email, "Empaques del Río 2026!"), null);
        assertEquals(403, early.statusCode(), "must confirm the e-mail first: " + early.body());
        assertTrue(early.body().contains("Confirme su correo"), early.body());

        MimeMessage mail = MailServer.lastTo(email).orElseThrow(() -> new AssertionError("no verification e-mail"));
        assertTrue(mail.getSubject().contains("Confirme su correo"));
        assertTrue(MailServer.body(mail).contains("https://encadena.test/verificar-correo?token="), MailServer.body(mail));
        String token = MailServer.token(mail);
        assertEquals(204, api.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).statusCode());
        assertEquals(400, api.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null).statusCode(),
                "a link works once");

        String access = api.login(email, "Empaques del Río 2026!");
        HttpResponse<String> me = api.get("/api/v1/me", access);
        assertTrue(me.body().contains("\"role\":\"SUPPLIER\"") && me.body().contains("\"owner\":true"), me.body());
        HttpResponse<String> consents = api.get("/api/v1/me/consents", access);
        assertTrue(consents.body().contains("\"policyVersion\":\"2026-11\""), consents.body());
        assertEquals(1, count("SELECT count(*) FROM organization WHERE nit = '" + nit + "'"));
    }

    @Test
    void aWrongCheckDigitIsRefusedInSpanishAndCreatesNothing() {
        String nit = freshNit();
        String wrong = nit.substring(0, nit.length() - 1) + ((nit.charAt(nit.length() - 1) - '0' + 1) % 10);
        String email = "x-" + UUID.randomUUID() + "@example.co";
        HttpResponse<String> r = api.post("/api/v1/registrations", form("SUPPLIER", wrong, email, "Una frase larga y propia", true), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"field\":\"nit\"") && r.body().contains("dígito de verificación no corresponde"), r.body());
        assertNothingCreated(wrong, email);
    }

    @Test
    void aDuplicateNitIsRefusedAndCreatesNothing() {
        String nit = freshNit();
        assertEquals(202, api.post("/api/v1/registrations",
                form("ANCHOR", nit, "a-" + UUID.randomUUID() + "@example.co", "Compras ancla del norte", true), null).statusCode());
        String second = "b-" + UUID.randomUUID() + "@example.co";
        HttpResponse<String> r = api.post("/api/v1/registrations", form("ANCHOR", nit, second, "Otra frase larga propia", true), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Ya hay una organización registrada con el NIT " + nit), r.body());
        assertEquals(0, count("SELECT count(*) FROM app_user WHERE email_normalized = '" + second + "'"));
    }

    @Test
    void aCommonPasswordIsRefusedEvenWhenLongEnough() {
        String nit = freshNit();
        String email = "c-" + UUID.randomUUID() + "@example.co";
        HttpResponse<String> r = api.post("/api/v1/registrations", form("SUPPLIER", nit, email, "1234567890", true), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"field\":\"password\"") && r.body().contains("de las más usadas"), r.body());
        assertNothingCreated(nit, email);
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimumLength() {
        String nit = freshNit();
        String email = "d-" + UUID.randomUUID() + "@example.co";
        HttpResponse<String> r = api.post("/api/v1/registrations", form("SUPPLIER", nit, email, "Corta9!", true), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("al menos 10 caracteres"), r.body());
        assertNothingCreated(nit, email);
    }

    @Test
    void withoutConsentNothingIsCreated() {
        String nit = freshNit();
        String email = "e-" + UUID.randomUUID() + "@example.co";
        HttpResponse<String> r = api.post("/api/v1/registrations", form("SUPPLIER", nit, email, "Una frase larga y propia", false), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"field\":\"acceptedPolicyVersion\"") && r.body().contains("política de tratamiento"), r.body());
        assertNothingCreated(nit, email);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        HttpResponse<String> r = api.post("/api/v1/registrations", "{\"kind\":\"ANCHOR\",\"nit\":\"abc\",\"email\":\"no-es-correo\"}", null);
        assertEquals(400, r.statusCode());
        for (String field : new String[] {"nit", "legalName", "anchorType", "fullName", "email", "password", "acceptedPolicyVersion"}) {
            assertTrue(r.body().contains("\"field\":\"" + field + "\""), field + " missing in " + r.body());
        }
    }

    @Test
    void registeringWithAnEmailThatHasAnAccountAnswersTheSameAndTellsTheOwner() {
        String email = "f-" + UUID.randomUUID() + "@example.co";
        assertEquals(202, api.post("/api/v1/registrations", form("SUPPLIER", freshNit(), email, "Una frase larga y propia", true), null).statusCode());
        String secondNit = freshNit();
        HttpResponse<String> again = api.post("/api/v1/registrations", form("SUPPLIER", secondNit, email, "Otra frase larga y propia", true), null);
        assertEquals(202, again.statusCode(), "no account enumeration: " + again.body());
        assertEquals(0, count("SELECT count(*) FROM organization WHERE nit = '" + secondNit + "'"));
        assertTrue(MailServer.lastTo(email).map(m -> {
            try {
                return m.getSubject().contains("Intento de registro");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).orElse(false));
    }

    private void assertNothingCreated(String nit, String email) {
        assertEquals(0, count("SELECT count(*) FROM organization WHERE nit = '" + nit + "'"));
        assertEquals(0, count("SELECT count(*) FROM app_user WHERE email_normalized = '" + email + "'"));
        assertEquals(0, MailServer.countTo(email));
    }

    private String form(String kind, String nit, String email, String password, boolean consent) {
        return "{\"kind\":\"" + kind + "\",\"nit\":\"" + nit + "\",\"legalName\":\"Empresa de Prueba S.A.S.\","
                + "\"anchorType\":\"NACIONAL\",\"fullName\":\"Ana Pérez\",\"email\":\"" + email + "\",\"password\":\""
                + password + "\"" + (consent ? ",\"acceptedPolicyVersion\":\"2026-11\"" : "") + "}";
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private String freshNit() {
        return Nit.ofNumber(String.valueOf(700_000_000 + random.nextInt(99_999_999))).toString();
    }

    private long count(String sql) {
        return tx.executeRead(status -> {
            try (var ps = status.getConnection().prepareStatement(sql); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
