package co.encadena.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.demo.DemoDataLoader;
import co.encadena.api.search.application.OutboxIndexer;
import co.encadena.api.search.application.SearchIndexes;
import co.encadena.api.search.persistence.SearchOutbox;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.RawHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Supplier search against the real OpenSearch, fed through the outbox from the demo programme. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierSearchIT {

    @Inject
    EmbeddedServer server;

    @Inject
    DemoDataLoader demo;

    @Inject
    OutboxIndexer indexer;

    @Inject
    SearchIndexes indexes;

    @Inject
    SearchOutbox outbox;

    @Inject
    CreatingUser creatingUser;

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    private Api api;
    private String anchor;

    @BeforeAll
    void indexTheDemo() {
        api = new Api(server.getPort());
        demo.loadIfAbsent(20261203L, 300);
        indexer.drain();
        assertEquals(0, outbox.pending(), "the outbox must be drained");
        String email = "buscador-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(email, "Compras", Role.ADMIN, null, "Clave de búsqueda 2026");
        anchor = api.login(email, "Clave de búsqueda 2026");
    }

    @Test
    void findsDotacionWithOrWithoutAccentsAndWithATypo() {
        for (String q : new String[] {"dotación", "dotacion", "DOTACION", "dotasion"}) {
            HttpResponse<String> r = search("q=" + enc(q));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("Dotaci") || r.body().contains("dotaci"), q + " found nothing relevant: " + r.body());
            assertFalse(r.body().contains("\"total\":0,"), q + ": " + r.body());
        }
    }

    @Test
    void theAbbreviationEppFindsProtectiveEquipmentThroughTheSynonymList() {
        HttpResponse<String> r = search("q=EPP");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("protecci"), "EPP should find «elementos de protección personal»: " + r.body());
    }

    @Test
    void highlightsTheMatchedWords() {
        HttpResponse<String> r = search("q=" + enc("pulpa de fruta"));
        assertTrue(r.body().contains("<mark>"), r.body());
    }

    @Test
    void marksTheWordsOfSuppliersFoundOnlyThroughATypo() {
        HttpResponse<String> r = search("q=dotasion");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().matches("(?s).*<mark>[Dd]otaci.*"), "«dotasion» should mark «dotación»: " + r.body());
        assertFalse(r.body().contains("\"highlights\":{}"), "every hit found should have its words marked: " + r.body());
    }

    @Test
    void filtersByDepartmentAndCountsFacets() {
        HttpResponse<String> r = search("department=05&pageSize=100");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().matches("(?s).*\"department\":\"(?!05)\\d\\d\".*"), "only Antioquia expected");
        assertTrue(r.body().contains("\"facets\"") && r.body().contains("\"key\":\"05\""), r.body());
    }

    @Test
    void sortsByDistanceFromAMunicipality() {
        HttpResponse<String> r = search("near=05001&radiusKm=50&sort=distance&pageSize=50");
        assertEquals(200, r.statusCode(), r.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"distanceKm\":([0-9.]+)").matcher(r.body());
        double previous = -1;
        int n = 0;
        while (m.find()) {
            double km = Double.parseDouble(m.group(1));
            assertTrue(km >= previous && km <= 50.5, "not sorted by distance or outside the radius: " + r.body());
            previous = km;
            n++;
        }
        assertTrue(n > 0, "the demo has suppliers around Medellín: " + r.body());
    }

    @Test
    void aCertificationFilterHonoursTheSatisfiesRelationAndTheDate() {
        HttpResponse<String> haccp = search("certification=HACCP&pageSize=100");
        assertEquals(200, haccp.statusCode(), haccp.body());
        HttpResponse<String> farFuture = search("certification=HACCP&validOn=2099-01-01&pageSize=100");
        assertTrue(total(farFuture) <= total(haccp), "fewer certifications are valid in 2099");
    }

    @Test
    void aCertificationIsFoundThroughWhatSatisfiesItWhileValidOnTheDateAsked() throws Exception {
        // three lactic suppliers: FSSC 22000 (which satisfies HACCP) until mid-2027, HACCP without expiry, and a
        // HACCP that lapsed in January 2026 while its FSSC 22000 lasts until the end of 2026
        String tag = "quimbaya" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String lines = String.join("\n",
                supplierLine(tag, "Uno", "[{\"code\": \"FSSC_22000\", \"validUntil\": \"2027-06-30\"}]"),
                supplierLine(tag, "Dos", "[{\"code\": \"HACCP\", \"validUntil\": null}]"),
                supplierLine(tag, "Tres", "[{\"code\": \"HACCP\", \"validUntil\": \"2026-01-31\"}, "
                        + "{\"code\": \"FSSC_22000\", \"validUntil\": \"2026-12-31\"}]"));
        HttpResponse<String> imported = new RawHttp(server.getPort()).post("/api/v1/imports/suppliers", "application/x-ndjson",
                lines, anchor);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"accepted\":3"), imported.body());
        indexer.drain();
        found(tag, "", "no filter", "Uno", "Dos", "Tres");
        found(tag, "certification=HACCP&validOn=2026-06-01", "", "Uno", "Dos", "Tres");
        found(tag, "certification=HACCP&validOn=2027-01-15", "", "Uno", "Dos");
        found(tag, "certification=HACCP&validOn=2099-01-01", "no expiry: always valid", "Dos");
        found(tag, "certification=FSSC_22000&validOn=2026-06-01", "", "Uno", "Tres");
        found(tag, "certification=ISO_22000&validOn=2026-06-01", "FSSC 22000 satisfies ISO 22000; HACCP alone does not",
                "Uno", "Tres");
        found(tag, "certification=HACCP,FSSC_22000&validOn=2027-01-15", "", "Uno");
        found(tag, "certification=" + enc("HACCP.x*") + "&validOn=2026-06-01", "a code that is no code finds nobody");
    }

    private void found(String tag, String filters, String why, String... expected) {
        HttpResponse<String> r = search("q=" + tag + "&pageSize=50&" + filters);
        assertEquals(200, r.statusCode(), r.body());
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"name\":\"L[^\"]{0,12} " + tag + " (\\p{L}+)\"").matcher(r.body());
        while (m.find()) {
            out.add(m.group(1));
        }
        assertEquals(new java.util.TreeSet<>(java.util.List.of(expected)), out, filters + " " + why + ": " + r.body());
    }

    private static String supplierLine(String tag, String suffix, String certifications) {
        String number = String.valueOf(800_000_000L + (System.nanoTime() % 99_999_999L + 99_999_999L) % 99_999_999L);
        String nit = number + "-" + co.encadena.matching.identity.Nit.checkDigitOf(number);
        return ("{\"nit\": \"%s\", \"legalName\": \"Lácteos %s %s S.A.S.\", \"tradeName\": \"Lácteos %s %s\", "
                + "\"size\": \"MICRO\", \"popularEconomy\": false, \"municipality\": \"63001\", \"coverage\": [\"63\"], "
                + "\"ciiu\": [\"1040\"], \"valueChains\": [{\"chain\": \"LACTEOS_CARNICOS\", \"link\": \"TRANSFORMACION\"}], "
                + "\"offerings\": [{\"name\": \"Quesos frescos\", \"description\": \"Queso campesino.\", \"unspsc\": \"50130000\"}], "
                + "\"certifications\": %s, \"inclusion\": {\"womenLed\": false, \"ethnicGroup\": null, \"victims\": false, "
                + "\"youthLed\": false}, \"description\": \"Lácteos del Quindío.\", \"contact\": {\"name\": \"Ana\", "
                + "\"email\": \"ana@lacteos.example.co\", \"phone\": \"+57 300 000 0000\"}}")
                .formatted(nit, tag, suffix, tag, suffix, certifications);
    }

    @Test
    void findsASupplierByItsLegalNameAsWellAsByTheNameItTradesUnder() throws Exception {
        String tag = "sogamuxi" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String line = supplierLine(tag, "Uno", "[]").replace("\"tradeName\": \"Lácteos " + tag + " Uno\"",
                "\"tradeName\": \"Quesera Boyacense\"");
        HttpResponse<String> imported = new RawHttp(server.getPort()).post("/api/v1/imports/suppliers", "application/x-ndjson",
                line, anchor);
        assertEquals(200, imported.statusCode(), imported.body());
        indexer.drain();
        HttpResponse<String> byLegalName = search("q=" + tag);
        assertTrue(byLegalName.body().contains("\"name\":\"Quesera Boyacense\""), byLegalName.body());
        HttpResponse<String> byTradeName = search("q=" + enc("quesera boyacense"));
        assertTrue(byTradeName.body().contains("\"name\":\"Quesera Boyacense\""), byTradeName.body());
    }

    @Test
    void suggestsNamesWhileTyping() {
        HttpResponse<String> r = api.get("/api/v1/search/suppliers/suggest?q=" + enc("litog"), anchor);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Litograf"), r.body());
    }

    @Test
    void aMipymeCannotSearchSuppliers() {
        HttpResponse<String> r = api.get("/api/v1/search/suppliers?q=empaque", null);
        assertEquals(401, r.statusCode());
    }

    @Test
    void theIndexAndPostgresqlAgreeAndARebuildKeepsThemSo() throws Exception {
        assertTrue(indexes.check(SearchOutbox.Entity.SUPPLIER).clean(), indexes.check(SearchOutbox.Entity.SUPPLIER).toString());
        SearchIndexes.Consistency after = indexes.rebuild(SearchOutbox.Entity.SUPPLIER);
        assertTrue(after.clean(), after.toString());
        assertTrue(after.inIndex() >= 300, after.toString());
        assertEquals(200, search("q=empaque").statusCode(), "the alias serves after the swap");
    }

    @Test
    void aMipymeSeesOnlyOpenRequirementsDeliveredWhereItDelivers() {
        UUID org = tx.executeRead(st -> {
            try (var ps = st.getConnection().prepareStatement("SELECT p.organization_id FROM supplier_profile p "
                    + "JOIN organization o ON o.id = p.organization_id WHERE o.demo AND NOT p.national_coverage "
                    + "ORDER BY o.nit LIMIT 1"); var rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        });
        String email = "mipyme-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(email, "Gerencia", Role.SUPPLIER, org, "Clave de búsqueda 2026");
        String mipyme = api.login(email, "Clave de búsqueda 2026");
        HttpResponse<String> mine = api.get("/api/v1/search/requirements?pageSize=100", mipyme);
        assertEquals(200, mine.statusCode(), mine.body());
        HttpResponse<String> all = api.get("/api/v1/search/requirements?fitsProfile=false&pageSize=100", mipyme);
        assertTrue(total(mine) <= total(all), "fitting the profile narrows the list");
        assertFalse(all.body().contains("DEMO-2026-008"), "DEMO-2026-008 is a DRAFT and must never be shown: " + all.body());
        assertEquals(403, api.get("/api/v1/search/suppliers?q=empaque", mipyme).statusCode(), "mipymes do not search suppliers");
    }

    @Test
    void aMipymeFindsRequirementsWithAccentsOrWithoutThemWithATypoOrThroughASynonym() {
        String email = "mipyme-texto-" + UUID.randomUUID() + "@example.co";
        UUID org = tx.executeRead(st -> {
            try (var ps = st.getConnection().prepareStatement("SELECT p.organization_id FROM supplier_profile p "
                    + "JOIN organization o ON o.id = p.organization_id WHERE o.demo ORDER BY o.nit LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        });
        creatingUser.create(email, "Gerencia", Role.SUPPLIER, org, "Clave de búsqueda 2026");
        String mipyme = api.login(email, "Clave de búsqueda 2026");
        for (String q : new String[] {"dotación", "DOTACION", "dotasion", "mamelucos"}) {
            HttpResponse<String> r = api.get("/api/v1/search/requirements?fitsProfile=false&pageSize=50&q=" + enc(q), mipyme);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("Dotación y EPP para personal de planta"), q + ": " + r.body());
        }
    }

    private HttpResponse<String> search(String query) {
        return api.get("/api/v1/search/suppliers?" + query, anchor);
    }

    private static long total(HttpResponse<String> r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
