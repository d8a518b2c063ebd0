package co.encadena.api.imports;

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
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.core.BaseConnection;

/** Bulk import at the fixed endpoints, against the real database: what an organizer uploads and reads back. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT {

    static final Path DEV = Path.of("..", "..", "shared", "eval", "dev");
    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    private Api api;
    private RawHttp http;
    private String organizer;

    @BeforeAll
    void callers() {
        api = new Api(server.getPort());
        http = new RawHttp(server.getPort());
        organizer = new TestUsers(creatingUser, organizations, api).organizer().token();
    }

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theDriverSendsABatchOfInsertsAsMultiRowInserts() {
        // without it every row of a JDBC batch is its own statement, and an import writes several per profile
        Boolean rewritten = transactions.executeRead(status -> status.getConnection().unwrap(BaseConnection.class)
                .getQueryExecutor().isReWriteBatchedInsertsEnabled());
        assertTrue(rewritten);
    }

    @Test
    void theDevelopmentSuppliersImportWithoutRejectionsAndASecondImportChangesNoCounts() throws Exception {
        String file = Files.readString(DEV.resolve("suppliers.jsonl"));
        long lines = file.lines().filter(l -> !l.isBlank()).count();
        JsonNode first = report(http.post("/api/v1/imports/suppliers", NDJSON, file, organizer));
        assertEquals(lines, first.get("accepted").asLong(), first.toString());
        assertEquals(0, first.get("rejected").asInt(), first.toString());
        long suppliers = total("/api/v1/suppliers?size=1");
        String someNit = JSON.readTree(file.lines().findFirst().orElseThrow()).get("nit").asText();
        String before = api.get("/api/v1/suppliers?nit=" + someNit, organizer).body();

        JsonNode second = report(http.post("/api/v1/imports/suppliers", NDJSON, file, organizer));
        assertEquals(lines, second.get("accepted").asLong());
        assertEquals(0, second.get("rejected").asInt());
        assertEquals(suppliers, total("/api/v1/suppliers?size=1"));
        assertEquals(before, api.get("/api/v1/suppliers?nit=" + someNit, organizer).body(),
                "re-importing the same line changes nothing, not even the version or the update time");
    }

    @Test
    void theDevelopmentRequirementsImportWithoutRejectionsAndASecondImportChangesNoCounts() throws Exception {
        String file = Files.readString(DEV.resolve("requirements.jsonl"));
        long lines = file.lines().filter(l -> !l.isBlank()).count();
        JsonNode first = report(http.post("/api/v1/imports/requirements", NDJSON, file, organizer));
        assertEquals(lines, first.get("accepted").asLong(), first.toString());
        assertEquals(0, first.get("rejected").asInt(), first.toString());
        long requirements = total("/api/v1/requirements?size=1");
        long anchors = total("/api/v1/anchors?size=1");

        JsonNode second = report(http.post("/api/v1/imports/requirements", NDJSON, file, organizer));
        assertEquals(lines, second.get("accepted").asLong());
        assertEquals(0, second.get("rejected").asInt());
        assertEquals(requirements, total("/api/v1/requirements?size=1"));
        assertEquals(anchors, total("/api/v1/anchors?size=1"));

        JsonNode line = JSON.readTree(file.lines().findFirst().orElseThrow());
        JsonNode found = JSON.readTree(api.get("/api/v1/requirements?externalId=" + line.get("externalId").asText()
                + "&anchorNit=" + line.get("anchor").get("nit").asText(), organizer).body());
        assertEquals(1, found.get("total").asInt());
        JsonNode item = found.get("items").get(0);
        assertTrue(item.hasNonNull("id"));
        assertEquals(line.get("externalId").asText(), item.get("externalId").asText());
        assertEquals(line.get("anchor").get("nit").asText(), item.get("anchorNit").asText());
        assertEquals("OPEN", item.get("status").asText(), "imported requirements are published");
    }

    @Test
    void aFileMixingValidAndBadLinesStoresExactlyTheValidOnesAndSaysWhyForEachBadOne() throws Exception {
        String good1 = TestUsers.randomNit();
        String good2 = TestUsers.randomNit();
        String badDigit = wrongCheckDigit(TestUsers.randomNit());
        String unknownPlace = TestUsers.randomNit();
        String unknownCertificate = TestUsers.randomNit();
        String file = String.join("\n",
                supplier(good1, "05001", "ISO_9001"),
                supplier(badDigit, "05001", "ISO_9001"),
                supplier(unknownPlace, "05999", "ISO_9001"),
                "{\"nit\": \"" + TestUsers.randomNit() + "\", \"legalName\": \"Sin cerrar\"",
                supplier(unknownCertificate, "05001", "ISO_99999"),
                "",
                supplier(good2, "76001", "HACCP")) + "\n";
        JsonNode report = report(http.post("/api/v1/imports/suppliers", NDJSON, file, organizer));
        assertEquals(2, report.get("accepted").asInt(), report.toString());
        assertEquals(4, report.get("rejected").asInt(), report.toString());
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("line").asInt() + " " + e.get("field").asText() + " " + e.get("message").asText()));
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("2 nit El dígito de verificación no corresponde"), errors.get(0));
        assertTrue(errors.get(1).startsWith("3 municipality No existe un municipio con el código DIVIPOLA «05999»"), errors.get(1));
        assertTrue(errors.get(2).startsWith("4 null La línea no es un JSON válido"), errors.get(2));
        assertTrue(errors.get(3).startsWith("5 certifications[0].code No existe la certificación «ISO_99999»"), errors.get(3));

        assertEquals(1, total("/api/v1/suppliers?nit=" + good1));
        assertEquals(1, total("/api/v1/suppliers?nit=" + good2));
        assertEquals(0, total("/api/v1/suppliers?nit=" + unknownPlace));
        assertEquals(0, total("/api/v1/suppliers?nit=" + unknownCertificate));
    }

    @Test
    void aCsvFromASpreadsheetImportsWithErrorsNamedByColumn() throws Exception {
        String good = TestUsers.randomNit();
        String bad = TestUsers.randomNit();
        String csv = "nit;legalName;tradeName;size;popularEconomy;municipality;coverage;ciiu;valueChains.1.chain;"
                + "valueChains.1.link;offerings.1.name;offerings.1.description;offerings.1.unspsc;certifications.1.code;"
                + "certifications.1.validUntil;contact.phone\r\n"
                + good + ";Tejidos del Cauca S.A.S.;;Micro;sí;19001;19|76;1410;MODA;TRANSFORMACION;Camisas;;53100000;"
                + "ISO_9001;31/12/2027;'+57 602 000 0000\r\n"
                + bad + ";Tejidos sin código;;MICRO;no;19001;19;1410;MODA;TRANSFORMACION;Camisas;;99990000;;;\r\n";
        JsonNode report = report(http.post("/api/v1/imports/suppliers", "text/csv; charset=utf-8", csv, organizer));
        assertEquals(1, report.get("accepted").asInt(), report.toString());
        assertEquals(1, report.get("rejected").asInt());
        JsonNode error = report.get("errors").get(0);
        assertEquals(3, error.get("line").asInt());
        assertEquals("offerings.1.unspsc", error.get("field").asText());
        JsonNode stored = JSON.readTree(api.get("/api/v1/suppliers?nit=" + good, organizer).body()).get("items").get(0);
        JsonNode details = JSON.readTree(api.get("/api/v1/suppliers/" + stored.get("id").asText(), organizer).body());
        assertEquals("+57 602 000 0000", details.get("contact").get("phone").asText());
        assertEquals("2027-12-31", details.get("certifications").get(0).get("validUntil").asText());
        assertTrue(details.get("popularEconomy").asBoolean());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413InSpanish() {
        byte[] big = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) '\n');
        HttpResponse<String> announced = http.send("POST", "/api/v1/imports/suppliers", NDJSON,
                HttpRequest.BodyPublishers.ofByteArray(big), organizer);
        assertEquals(413, announced.statusCode(), announced.body());
        assertTrue(announced.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertTrue(announced.body().contains("supera el máximo de 24 MB"), announced.body());

        HttpResponse<String> chunked = http.send("POST", "/api/v1/imports/suppliers", NDJSON,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), organizer);
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("supera el máximo de 24 MB"), chunked.body());
    }

    /**
     * 13 MB is more than the server ever buffers for a body (micronaut.server.max-request-buffer-size, 10 MB): a
     * 200 here shows the import reads the upload as a stream.
     */
    @Test
    void aHundredThousandLineFileLargerThanAnyBufferedBodyIsReadAsAStreamAndTheReportStaysBounded() throws Exception {
        String padding = "x".repeat(100);
        StringBuilder file = new StringBuilder(13_500_000);
        for (int i = 0; i < 100_000; i++) {
            file.append("{\"nit\": \"1\", \"description\": \"").append(padding).append("\"}\n");
        }
        assertTrue(file.length() > 12 * 1024 * 1024);
        JsonNode report = report(http.post("/api/v1/imports/suppliers", NDJSON, file.toString(), organizer));
        assertEquals(0, report.get("accepted").asInt());
        assertEquals(100_000, report.get("rejected").asInt());
        assertEquals(1000, report.get("errors").size());
        assertEquals(400_000 - 1000, report.get("errorsOmitted").asInt());
    }

    @Test
    void aFileOfSeveralBatchesStoredTwoAtATimeKeepsEveryValidLineAndReportsRefusalsInFileOrder() throws Exception {
        String anchorNit = TestUsers.randomNit();
        organizations.insert("ANCHOR", anchorNit, "Ancla del lote", "ESTATAL");
        // consecutive NITs below the range of TestUsers.randomNit, from a random start: none can be taken already
        long start = 100_000_000L + new java.util.Random().nextInt(49_000) * 2_000L;
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1600; i++) {
            String nit = co.encadena.matching.identity.Nit.ofNumber(String.valueOf(start + i)).toString();
            lines.add(switch (i) {
                case 7 -> supplier(nit, "99999", "ISO_9001");           // no such municipality: refused when read
                case 1203 -> supplier(anchorNit, "05001", "ISO_9001");  // an anchor's NIT: refused when stored
                case 1599 -> lines.get(9);                              // line 10 again
                default -> supplier(nit, "05001", "ISO_9001");
            });
        }
        long before = total("/api/v1/suppliers?size=1");
        JsonNode report = report(http.post("/api/v1/imports/suppliers", NDJSON, String.join("\n", lines), organizer));
        assertEquals(1597, report.get("accepted").asInt(), report.toString());
        assertEquals(3, report.get("rejected").asInt(), report.toString());
        List<Integer> errorLines = new ArrayList<>();
        report.get("errors").forEach(e -> errorLines.add(e.get("line").asInt()));
        assertEquals(List.of(7, 1203, 1599), errorLines, report.toString());
        assertEquals(before + 1597, total("/api/v1/suppliers?size=1"), "every accepted line is stored");
    }

    @Test
    void theSameRecordTwiceInOneFileIsReportedOnTheSecondLine() throws Exception {
        String nit = TestUsers.randomNit();
        String line = supplier(nit, "05001", "ISO_9001");
        JsonNode report = report(http.post("/api/v1/imports/suppliers", NDJSON, line + "\n" + line + "\n", organizer));
        assertEquals(1, report.get("accepted").asInt());
        assertEquals(2, report.get("errors").get(0).get("line").asInt());
        assertTrue(report.get("errors").get(0).get("message").asText().contains("línea 1"));
    }

    @Test
    void aSupplierLineWithAnAnchorsNitIsRefused() throws Exception {
        String anchorNit = TestUsers.randomNit();
        organizations.insert("ANCHOR", anchorNit, "Ancla existente", "ESTATAL");
        JsonNode report = report(http.post("/api/v1/imports/suppliers", NDJSON, supplier(anchorNit, "05001", "ISO_9001"), organizer));
        assertEquals(0, report.get("accepted").asInt());
        assertEquals("nit", report.get("errors").get(0).get("field").asText());
    }

    static String supplier(String nit, String municipality, String certification) {
        return "{\"nit\": \"" + nit + "\", \"legalName\": \"Proveedor " + nit + " S.A.S.\", \"tradeName\": null, "
                + "\"size\": \"MICRO\", \"popularEconomy\": false, \"municipality\": \"" + municipality + "\", "
                + "\"coverage\": [\"" + municipality.substring(0, 2) + "\"], \"ciiu\": [\"1702\"], "
                + "\"valueChains\": [{\"chain\": \"FARMACEUTICA\", \"link\": \"EMPAQUE\"}], "
                + "\"offerings\": [{\"name\": \"Estuches\", \"description\": \"Cartón plegadizo\", \"unspsc\": \"24121500\"}], "
                + "\"certifications\": [{\"code\": \"" + certification + "\", \"validUntil\": \"2028-01-31\", \"issuer\": \"ICONTEC\", \"number\": \"SC-1\"}], "
                + "\"inclusion\": {\"womenLed\": true, \"ethnicGroup\": null, \"victims\": false, \"youthLed\": false}, "
                + "\"description\": \"Empaques\", \"contact\": {\"name\": \"Ana\", \"email\": \"ana@example.co\", \"phone\": \"+57 604 000 0000\"}}";
    }

    static String wrongCheckDigit(String nit) {
        int digit = nit.charAt(nit.length() - 1) - '0';
        return nit.substring(0, nit.length() - 1) + ((digit + 1) % 10);
    }

    private long total(String path) throws Exception {
        HttpResponse<String> r = api.get(path, organizer);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("total").asLong();
    }

    private static JsonNode report(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
