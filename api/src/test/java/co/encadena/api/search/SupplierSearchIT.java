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
