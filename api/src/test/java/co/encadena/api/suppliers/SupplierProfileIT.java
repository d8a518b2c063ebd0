package co.encadena.api.suppliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.RawHttp;
import co.encadena.api.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A mipyme keeps its own profile; organizers see it with what is derived from it; nobody else edits it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierProfileIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    private Api api;
    private RawHttp http;
    private TestUsers users;
    private TestUsers.Caller organizer;

    @BeforeAll
    void callers() {
        api = new Api(server.getPort());
        http = new RawHttp(server.getPort());
        users = new TestUsers(creatingUser, organizations, api);
        organizer = users.organizer();
    }

    @Test
    void aSupplierCreatesItsProfileAndSeesWhatItLacks() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        HttpResponse<String> r = api.put("/api/v1/suppliers/" + supplier.organizationId(),
                "{\"nit\": \"" + supplier.nit() + "\", \"legalName\": \"Dulces de Amalfi\", \"size\": \"MICRO\", "
                        + "\"municipality\": \"05031\"}", supplier.token());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals("Amalfi", p.get("place").get("municipalityName").asText());
        assertEquals("05", p.get("place").get("departmentCode").asText());
        assertEquals("Antioquia", p.get("place").get("departmentName").asText());
        assertTrue(p.get("place").get("pdet").asBoolean(), "Amalfi is a PDET municipality");
        assertTrue(p.get("place").get("zomac").asBoolean(), "Amalfi is a ZOMAC municipality");
        assertEquals(List.of("05"), texts(p.get("coverage")));
        assertEquals(28, p.get("completeness").get("percent").asInt());
        List<String> missing = new ArrayList<>();
        p.get("completeness").get("missing").forEach(m -> missing.add(m.get("label").asText()));
        assertTrue(missing.contains("Descripción de la empresa") && missing.contains("Productos o servicios"), missing.toString());
        assertEquals("\"0\"", r.headers().firstValue("etag").orElseThrow());
    }

    @Test
    void certificationsShowWhetherTheyAreValidExpiringOrExpiredToTheSupplierAndToOrganizers() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        String body = "{\"nit\": \"" + supplier.nit() + "\", \"legalName\": \"Laboratorio Vencimientos\", \"size\": \"PEQUENA\", "
                + "\"municipality\": \"11001\", \"certifications\": ["
                + "{\"code\": \"ISO_9001\", \"validUntil\": \"" + today.plusYears(2) + "\"},"
                + "{\"code\": \"ISO_14001\", \"validUntil\": \"" + today.plusDays(30) + "\"},"
                + "{\"code\": \"BASC\", \"validUntil\": \"" + today.minusDays(3) + "\"},"
                + "{\"code\": \"RETIE\", \"validUntil\": null}]}";
        assertEquals(200, api.put("/api/v1/suppliers/" + supplier.organizationId(), body, supplier.token()).statusCode());
        JsonNode own = JSON.readTree(api.get("/api/v1/suppliers/" + supplier.organizationId(), supplier.token()).body());
        List<String> statuses = new ArrayList<>();
        own.get("certifications").forEach(c -> statuses.add(c.get("code").asText() + "=" + c.get("status").asText()));
        assertEquals(List.of("ISO_9001=VALID", "ISO_14001=EXPIRING", "BASC=EXPIRED", "RETIE=VALID"), statuses);
        assertEquals(30, own.get("certifications").get(1).get("daysLeft").asInt());

        JsonNode listed = JSON.readTree(api.get("/api/v1/suppliers?nit=" + supplier.nit(), organizer.token()).body());
        assertEquals(1, listed.get("total").asInt());
        List<String> inList = new ArrayList<>();
        listed.get("items").get(0).get("certifications").forEach(c -> inList.add(c.get("status").asText()));
        assertEquals(List.of("VALID", "EXPIRING", "EXPIRED", "VALID"), inList);
    }

    @Test
    void aBadProfileIsRefusedWithOneSpanishMessagePerField() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        HttpResponse<String> r = api.put("/api/v1/suppliers/" + supplier.organizationId(),
                "{\"nit\": \"" + supplier.nit() + "\", \"legalName\": \"<script>alert(1)</script>\", \"size\": \"ENORME\", "
                        + "\"municipality\": \"05999\", \"ciiu\": [\"0000\"], \"certifications\": [{\"code\": \"ISO_0\"}]}",
                supplier.token());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("legalName", "size", "municipality", "ciiu[0]", "certifications[0].code"), fields);
        assertTrue(errors.get(0).get("message").asText().startsWith("No se admiten etiquetas HTML"));
        assertEquals(404, api.get("/api/v1/suppliers/" + supplier.organizationId(), supplier.token()).statusCode(),
                "nothing was stored");
    }

    @Test
    void aSupplierCannotEditAnotherSuppliersProfile() throws Exception {
        TestUsers.Caller owner = users.supplier();
        TestUsers.Caller other = users.supplier();
        String body = minimal(owner.nit(), "Original S.A.S.");
        assertEquals(200, api.put("/api/v1/suppliers/" + owner.organizationId(), body, owner.token()).statusCode());
        HttpResponse<String> r = api.put("/api/v1/suppliers/" + owner.organizationId(),
                minimal(owner.nit(), "Cambiado por otro"), other.token());
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(403, api.get("/api/v1/suppliers/" + owner.organizationId(), other.token()).statusCode());
        assertEquals("Original S.A.S.", JSON.readTree(api.get("/api/v1/suppliers/" + owner.organizationId(),
                owner.token()).body()).get("legalName").asText());
    }

    @Test
    void aSupplierCannotChangeItsNit() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        HttpResponse<String> r = api.put("/api/v1/suppliers/" + supplier.organizationId(),
                minimal(TestUsers.randomNit(), "Otra"), supplier.token());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("nit", JSON.readTree(r.body()).get("errors").get(0).get("field").asText());
    }

    @Test
    void aStaleVersionIsRefusedSoNoEditIsLost() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        String path = "/api/v1/suppliers/" + supplier.organizationId();
        assertEquals(200, api.put(path, minimal(supplier.nit(), "Versión 1"), supplier.token()).statusCode());
        HttpResponse<String> second = http.send("PUT", path, "application/json",
                HttpRequest.BodyPublishers.ofString(minimal(supplier.nit(), "Versión 2")), supplier.token());
        assertEquals(200, second.statusCode());
        HttpResponse<String> stale = send("PUT", path, minimal(supplier.nit(), "Versión vieja"), supplier.token(), "\"0\"");
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("Recárguelo"), stale.body());
        assertEquals(200, send("PUT", path, minimal(supplier.nit(), "Versión 3"), supplier.token(), "\"1\"").statusCode());
    }

    @Test
    void evidenceDocumentsAreCheckedStoredAndShownOnlyToTheOwnerAndOrganizers() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        TestUsers.Caller other = users.supplier();
        TestUsers.Caller anchor = users.anchor();
        String profile = "{\"nit\": \"" + supplier.nit() + "\", \"legalName\": \"Con soporte\", \"size\": \"MICRO\", "
                + "\"municipality\": \"05001\", \"certifications\": [{\"code\": \"ISO_9001\", \"validUntil\": \"2028-01-01\"}]}";
        assertEquals(200, api.put("/api/v1/suppliers/" + supplier.organizationId(), profile, supplier.token()).statusCode());
        String evidence = "/api/v1/suppliers/" + supplier.organizationId() + "/certifications/ISO_9001/evidence";

        HttpResponse<String> up = http.send("PUT", evidence + "?fileName=certificado%20ISO.pdf", "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(PDF), supplier.token());
        assertEquals(200, up.statusCode(), up.body());
        assertEquals("application/pdf", JSON.readTree(up.body()).get("mediaType").asText());

        HttpResponse<byte[]> own = http.getBytes(evidence, supplier.token());
        assertEquals(200, own.statusCode());
        assertArrayEquals(PDF, own.body());
        assertEquals("application/pdf", own.headers().firstValue("content-type").orElseThrow());
        assertEquals(200, http.getBytes(evidence, organizer.token()).statusCode());
        assertEquals(403, http.getBytes(evidence, other.token()).statusCode());
        assertEquals(403, http.getBytes(evidence, anchor.token()).statusCode());

        JsonNode details = JSON.readTree(api.get("/api/v1/suppliers/" + supplier.organizationId(), supplier.token()).body());
        assertEquals("certificado ISO.pdf", details.get("certifications").get(0).get("evidence").get("fileName").asText());

        HttpResponse<String> disguised = http.send("PUT", evidence, "application/pdf",
                HttpRequest.BodyPublishers.ofString("<html><script>alert(1)</script></html>"), supplier.token());
        assertEquals(415, disguised.statusCode(), disguised.body());
        assertTrue(disguised.body().contains("PDF, PNG o JPEG"), disguised.body());

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        HttpResponse<String> tooLarge = http.send("PUT", evidence, "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(large), supplier.token());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("5 MB"), tooLarge.body());

        HttpResponse<String> notHeld = http.send("PUT", "/api/v1/suppliers/" + supplier.organizationId()
                + "/certifications/HACCP/evidence", "application/pdf", HttpRequest.BodyPublishers.ofByteArray(PDF), supplier.token());
        assertEquals(404, notHeld.statusCode(), notHeld.body());

        assertEquals(204, http.send("DELETE", evidence, null, HttpRequest.BodyPublishers.noBody(), supplier.token()).statusCode());
        assertEquals(404, http.getBytes(evidence, supplier.token()).statusCode());
    }

    @Test
    void anAnchorMayReadAProfileButNotChangeIt() throws Exception {
        TestUsers.Caller supplier = users.supplier();
        TestUsers.Caller anchor = users.anchor();
        assertEquals(200, api.put("/api/v1/suppliers/" + supplier.organizationId(), minimal(supplier.nit(), "Leída"),
                supplier.token()).statusCode());
        assertEquals(200, api.get("/api/v1/suppliers/" + supplier.organizationId(), anchor.token()).statusCode());
        assertEquals(403, api.put("/api/v1/suppliers/" + supplier.organizationId(), minimal(supplier.nit(), "X"),
                anchor.token()).statusCode());
    }

    @Test
    void aJsonBodyIsStillHeldToTenMegabytesWhileImportsMayBeLarger() {
        TestUsers.Caller supplier = users.supplier();
        String huge = minimal(supplier.nit(), "x".repeat(11 * 1024 * 1024));
        HttpResponse<String> r = api.put("/api/v1/suppliers/" + supplier.organizationId(), huge, supplier.token());
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("tamaño máximo"), r.body());
    }

    private HttpResponse<String> send(String method, String path, String json, String token, String ifMatch) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.getPort() + path))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .header("If-Match", ifMatch).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String minimal(String nit, String name) {
        return "{\"nit\": \"" + nit + "\", \"legalName\": \"" + name + "\", \"size\": \"MICRO\", \"municipality\": \"05001\"}";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
