package co.encadena.api.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.demo.DemoDataLoader;
import co.encadena.api.search.application.OutboxIndexer;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The explained shortlist of a requirement, two-stage (OpenSearch then matching), on the demo programme. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    DemoDataLoader demo;

    @Inject
    OutboxIndexer indexer;

    @Inject
    CreatingUser creatingUser;

    @Inject
    TransactionOperations<Connection> tx;

    private Api api;
    private UUID requirement;
    private UUID anchor;

    @BeforeAll
    void programme() {
        api = new Api(server.getPort());
        demo.loadIfAbsent(20261203L, 300);
        indexer.drain();
        // a demo requirement whose shortlist has both eligible suppliers and near misses
        String admin = user(Role.ADMIN, null);
        java.util.List<UUID[]> all = tx.executeRead(s -> {
            java.util.List<UUID[]> out = new java.util.ArrayList<>();
            try (var ps = s.getConnection().prepareStatement("SELECT r.id, r.anchor_id FROM requirement r "
                    + "JOIN organization o ON o.id = r.anchor_id WHERE o.demo ORDER BY r.external_id");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UUID[] {(UUID) rs.getObject(1), (UUID) rs.getObject(2)});
                }
            }
            return out;
        });
        for (UUID[] ids : all) {
            String body = api.get("/api/v1/requirements/" + ids[0] + "/matches?limit=10", admin).body();
            if (body.contains("\"eligible\":true") && body.contains("\"eligible\":false")) {
                requirement = ids[0];
                anchor = ids[1];
                return;
            }
        }
        throw new AssertionError("no demo requirement has both eligible suppliers and near misses");
    }

    @Test
    void anOrganizerGetsEligibleSuppliersWithReasonsAndNearMissesWithGaps() {
        HttpResponse<String> r = api.get("/api/v1/requirements/" + requirement + "/matches?limit=10", user(Role.ADMIN, null));
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body();
        assertTrue(body.contains("\"requirementId\":\"" + requirement + "\""), body);
        assertTrue(body.contains("\"matches\":[{") && body.contains("\"eligible\":true"), "some suppliers fit: " + body);
        assertTrue(body.indexOf("\"rank\":1,") < body.indexOf("\"rank\":2,"), "ranked: " + body);
        assertTrue(body.contains("\"factors\":{\"text\":") || body.contains("\"text\":"), body);
        assertTrue(body.contains("certificaciones obligatorias"), "reasons in Spanish: " + body);
        assertTrue(body.contains("\"nearMisses\":[{"), "some suppliers nearly fit: " + body);
        assertTrue(body.contains("Falta certificación obligatoria") || body.contains("vence el") || body.contains("No llega a")
                || body.contains("el máximo es"), "gaps in Spanish: " + body);
        assertFalse(body.contains("reason.") || body.contains("gap."), "every key has a sentence: " + body);
    }

    @Test
    void aSupplierRenamedSinceTheLastShortlistAppearsUnderItsNewName() {
        String admin = user(Role.ADMIN, null);
        String before = api.get("/api/v1/requirements/" + requirement + "/matches?limit=10", admin).body();
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("\"supplierId\":\"([0-9a-f-]{36})\"").matcher(before);
        assertTrue(first.find(), before);
        UUID supplier = UUID.fromString(first.group(1));
        String renamed = "Renombrada " + Long.toString(System.nanoTime(), 36);
        // written in PostgreSQL as the profile API would (names, a new version and an outbox row), before the
        // index has caught up
        tx.executeWrite(s -> {
            try (var ps = s.getConnection().prepareStatement(
                    "UPDATE organization SET legal_name = ?, trade_name = ?, version = version + 1 WHERE id = ?");
                 var outbox = s.getConnection().prepareStatement(
                    "INSERT INTO search_outbox (entity, entity_id) VALUES ('SUPPLIER', ?)")) {
                ps.setString(1, renamed);
                ps.setString(2, renamed);
                ps.setObject(3, supplier);
                outbox.setObject(1, supplier);
                return ps.executeUpdate() + outbox.executeUpdate();
            }
        });
        String after = api.get("/api/v1/requirements/" + requirement + "/matches?limit=10", admin).body();
        indexer.drain();
        assertTrue(after.contains(renamed), "the shortlist reads the supplier as PostgreSQL has it now: " + after);
    }

    @Test
    void theAnchorSeesItsOwnShortlistButNotAnothers() {
        assertEquals(200, api.get("/api/v1/requirements/" + requirement + "/matches", user(Role.ANCHOR, anchor)).statusCode());
        UUID other = tx.executeRead(s -> {
            try (var ps = s.getConnection().prepareStatement("SELECT id FROM organization WHERE kind = 'ANCHOR' AND id <> ? LIMIT 1")) {
                ps.setObject(1, anchor);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return (UUID) rs.getObject(1);
                }
            }
        });
        assertEquals(404, api.get("/api/v1/requirements/" + requirement + "/matches", user(Role.ANCHOR, other)).statusCode());
    }

    @Test
    void anUnknownRequirementIs404AndAMipymeIsRefused() {
        assertEquals(404, api.get("/api/v1/requirements/" + UUID.randomUUID() + "/matches", user(Role.ADMIN, null)).statusCode());
        UUID supplierOrg = tx.executeRead(s -> {
            try (var ps = s.getConnection().prepareStatement("SELECT organization_id FROM supplier_profile LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        });
        assertEquals(403, api.get("/api/v1/requirements/" + requirement + "/matches", user(Role.SUPPLIER, supplierOrg)).statusCode());
    }

    @Test
    void aMipymeSeesItsOpportunitiesWithWhatItLacksAndWhoIssuesIt() {
        UUID[] pair = tx.executeRead(s -> {
            try (var ps = s.getConnection().prepareStatement("SELECT p.organization_id FROM supplier_profile p "
                    + "JOIN organization o ON o.id = p.organization_id WHERE o.demo ORDER BY o.nit LIMIT 2");
                 var rs = ps.executeQuery()) {
                rs.next();
                UUID first = (UUID) rs.getObject(1);
                rs.next();
                return new UUID[] {first, (UUID) rs.getObject(1)};
            }
        });
        String mipyme = user(Role.SUPPLIER, pair[0]);
        HttpResponse<String> mine = api.get("/api/v1/suppliers/" + pair[0] + "/opportunities", mipyme);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"eligible\":[") && mine.body().contains("\"nearlyEligible\":["), mine.body());
        assertEquals(404, api.get("/api/v1/suppliers/" + pair[1] + "/opportunities", mipyme).statusCode(),
                "another mipyme's opportunities are not visible");
        HttpResponse<String> organizer = api.get("/api/v1/suppliers/" + pair[1] + "/opportunities", user(Role.ADMIN, null));
        assertEquals(200, organizer.statusCode());
        if (organizer.body().contains("\"lacks\":[{")) {
            assertTrue(organizer.body().contains("\"issuer\":"), "a missing certification says who issues it: " + organizer.body());
        }
    }

    @Test
    void organizersSeeWhichGapsBlockTheMostPairs() {
        HttpResponse<String> r = api.get("/api/v1/analytics/gaps", user(Role.ADMIN, null));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"certifications\":[{\"code\":"), "some certification blocks pairs: " + r.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"relevantPairs\":(\\d+),\"eligiblePairs\":(\\d+),\"blockedPairs\":(\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        assertEquals(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)));
        HttpResponse<String> antioquia = api.get("/api/v1/analytics/gaps?department=05", user(Role.ADMIN, null));
        assertTrue(antioquia.body().contains("\"department\":\"05\""), antioquia.body());
        assertEquals(400, api.get("/api/v1/analytics/gaps?department=Antioquia", user(Role.ADMIN, null)).statusCode());
    }

    private String user(Role role, UUID organization) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(email, "Prueba " + role, role, organization, "Clave del emparejamiento 2026");
        return api.login(email, "Clave del emparejamiento 2026");
    }
}
