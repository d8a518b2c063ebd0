package co.encadena.api.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.RawHttp;
import co.encadena.api.support.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Exporting then re-importing gives the same records: the development set is imported, exported, deleted,
 * imported again from the export, and exported again — byte for byte the same lines.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    @Inject
    JdbcOperations jdbc;

    @Inject
    co.encadena.api.demo.DemoDataLoader demo;

    private RawHttp http;
    private String organizer;
    private Set<String> devNits;
    private Set<String> devRequirementKeys;

    @BeforeAll
    void importTheDevelopmentSet() throws Exception {
        http = new RawHttp(server.getPort());
        organizer = new TestUsers(creatingUser, organizations, new Api(server.getPort())).organizer().token();
        String suppliers = Files.readString(ImportIT.DEV.resolve("suppliers.jsonl"));
        String requirements = Files.readString(ImportIT.DEV.resolve("requirements.jsonl"));
        assertEquals(200, http.post("/api/v1/imports/suppliers", ImportIT.NDJSON, suppliers, organizer).statusCode());
        assertEquals(200, http.post("/api/v1/imports/requirements", ImportIT.NDJSON, requirements, organizer).statusCode());
        devNits = suppliers.lines().filter(l -> !l.isBlank()).map(l -> field(l, "nit")).collect(Collectors.toSet());
        devRequirementKeys = requirements.lines().filter(l -> !l.isBlank()).map(ExportRoundTripIT::requirementKey)
                .collect(Collectors.toSet());
    }

    @Test
    void exportingSuppliersAsJsonLinesThenReimportingGivesTheSameRecords() throws Exception {
        List<String> exported = devSupplierLines(export("/api/v1/exports/suppliers"));
        assertEquals(devNits.size(), exported.size());
        deleteSuppliers(devNits);
        String body = String.join("\n", exported) + "\n";
        HttpResponse<String> report = http.post("/api/v1/imports/suppliers", ImportIT.NDJSON, body, organizer);
        assertEquals(200, report.statusCode(), report.body());
        assertEquals(exported.size(), JSON.readTree(report.body()).get("accepted").asInt(), report.body());
        assertEquals(exported, devSupplierLines(export("/api/v1/exports/suppliers")));
    }

    @Test
    void exportingSuppliersAsCsvThenReimportingGivesTheSameRecords() throws Exception {
        List<String> before = devSupplierLines(export("/api/v1/exports/suppliers"));
        String csv = export("/api/v1/exports/suppliers?format=csv&separator=semicolon");
        assertTrue(csv.startsWith("\uFEFFnit;legalName;"), csv.substring(0, 40));
        String devOnly = csvRowsOf(csv, devNits);
        deleteSuppliers(devNits);
        HttpResponse<String> report = http.post("/api/v1/imports/suppliers", "text/csv", devOnly, organizer);
        assertEquals(200, report.statusCode(), report.body());
        assertEquals(devNits.size(), JSON.readTree(report.body()).get("accepted").asInt(), report.body());
        assertEquals(before, devSupplierLines(export("/api/v1/exports/suppliers")));
    }

    @Test
    void exportingRequirementsThenReimportingGivesTheSameRecords() throws Exception {
        List<String> exported = devRequirementLines(export("/api/v1/exports/requirements"));
        assertEquals(devRequirementKeys.size(), exported.size());
        jdbc.execute(c -> {
            // deleted behind the application's back, so the search outbox is told here (the index must follow)
            try (var ps = c.prepareStatement("WITH gone AS (DELETE FROM requirement r USING organization o "
                    + "WHERE o.id = r.anchor_id AND o.nit || ' ' || r.external_id = ANY(?) RETURNING r.id) "
                    + "INSERT INTO search_outbox (entity, entity_id) SELECT 'REQUIREMENT', id FROM gone")) {
                ps.setArray(1, c.createArrayOf("text", devRequirementKeys.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
        HttpResponse<String> report = http.post("/api/v1/imports/requirements", ImportIT.NDJSON,
                String.join("\n", exported), organizer);
        assertEquals(exported.size(), JSON.readTree(report.body()).get("accepted").asInt(), report.body());
        assertEquals(exported, devRequirementLines(export("/api/v1/exports/requirements")));
        List<String> csvBefore = devRequirementLines(export("/api/v1/exports/requirements"));
        String csv = export("/api/v1/exports/requirements?format=csv");
        HttpResponse<String> again = http.post("/api/v1/imports/requirements", "text/csv", csv, organizer);
        assertEquals(0, JSON.readTree(again.body()).get("rejected").asInt(), again.body());
        assertEquals(csvBefore, devRequirementLines(export("/api/v1/exports/requirements")));
    }

    @Test
    void theCsvExportCannotRunFormulasInASpreadsheet() throws Exception {
        String nit = TestUsers.randomNit();
        String line = ImportIT.supplier(nit, "05001", "ISO_9001").replace("\"legalName\": \"Proveedor " + nit + " S.A.S.\"",
                "\"legalName\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"clic\\\")\"");
        HttpResponse<String> report = http.post("/api/v1/imports/suppliers", ImportIT.NDJSON, line, organizer);
        assertEquals(1, JSON.readTree(report.body()).get("accepted").asInt(), report.body());
        String csv = export("/api/v1/exports/suppliers?format=csv");
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords().stream()
                .filter(r -> r.get("nit").equals(nit)).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"clic\")", row.get("legalName"));
        assertEquals("'+57 604 000 0000", row.get("contact.phone"));
    }

    @Test
    void theDemoProgrammeExportsAndReimportsWithoutRejections() throws Exception {
        demo.loadIfAbsent(20261203L, 300);
        Set<String> demoNits = new java.util.HashSet<>(jdbc.execute(c -> {
            List<String> nits = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT nit FROM organization WHERE demo AND kind = 'SUPPLIER'");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    nits.add(rs.getString(1));
                }
            }
            return nits;
        }));
        List<String> lines = export("/api/v1/exports/suppliers").lines()
                .filter(l -> demoNits.contains(field(l, "nit"))).toList();
        assertEquals(demoNits.size(), lines.size());
        HttpResponse<String> report = http.post("/api/v1/imports/suppliers", ImportIT.NDJSON, String.join("\n", lines), organizer);
        assertEquals(0, JSON.readTree(report.body()).get("rejected").asInt(), report.body());
        assertEquals(lines, export("/api/v1/exports/suppliers").lines().filter(l -> demoNits.contains(field(l, "nit"))).toList());
    }

    @Test
    void onlyOrganizersExport() {
        String supplier = new TestUsers(creatingUser, organizations, new Api(server.getPort())).supplier().token();
        assertEquals(403, http.getBytes("/api/v1/exports/suppliers", supplier).statusCode());
    }

    private String export(String path) {
        HttpResponse<byte[]> r = http.getBytes(path, organizer);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("content-disposition").orElse("").contains("attachment"));
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private List<String> devSupplierLines(String jsonl) {
        return jsonl.lines().filter(l -> devNits.contains(field(l, "nit"))).toList();
    }

    private List<String> devRequirementLines(String jsonl) {
        return jsonl.lines().filter(l -> devRequirementKeys.contains(requirementKey(l))).toList();
    }

    private void deleteSuppliers(Set<String> nits) {
        jdbc.execute(c -> {
            // deleted behind the application's back, so the search outbox is told here (the index must follow)
            try (var ps = c.prepareStatement("WITH gone AS (DELETE FROM organization WHERE kind = 'SUPPLIER' "
                    + "AND nit = ANY(?) RETURNING id) INSERT INTO search_outbox (entity, entity_id) "
                    + "SELECT 'SUPPLIER', id FROM gone")) {
                ps.setArray(1, c.createArrayOf("text", nits.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String csvRowsOf(String csv, Set<String> nits) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').get();
        List<CSVRecord> records = format.parse(new StringReader(csv.substring(1))).getRecords();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(records.get(0).toList());
            for (CSVRecord r : records.subList(1, records.size())) {
                if (nits.contains(r.get(0))) {
                    printer.printRecord(r.toList());
                }
            }
        }
        return out.toString();
    }

    private static String field(String line, String name) {
        try {
            return JSON.readTree(line).get(name).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String requirementKey(String line) {
        try {
            var n = JSON.readTree(line);
            return n.get("anchor").get("nit").asText() + " " + n.get("externalId").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
