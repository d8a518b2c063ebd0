package co.encadena.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.stats.ProgrammeStats;
import co.encadena.api.support.IntegrationTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;

/** The demo programme that scripts/start loads, checked in the real database. */
@IntegrationTest
class DemoDataIT {

    @Inject
    DemoDataLoader loader;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void loadsABelievableProgrammeOnceAndOnlyOnce() {
        loader.loadIfAbsent(20261203L, 300);
        DemoDataLoader.Outcome again = loader.loadIfAbsent(20261203L, 300);
        assertFalse(again.created(), "a second load must change nothing");

        ProgrammeStats stats = client.toBlocking().retrieve("/api/v1/stats", ProgrammeStats.class);
        assertTrue(stats.suppliers() >= 300, "suppliers: " + stats);
        assertTrue(stats.anchors() >= 20, "anchors: " + stats);
        assertTrue(stats.requirements() >= 40, "requirements: " + stats);
        assertTrue(stats.ruedas() >= 1, "ruedas: " + stats);
        assertTrue(stats.departmentsCovered() >= 15, "mipymes should be spread over the country: " + stats);
        assertEquals(300, count("SELECT count(*) FROM organization WHERE demo AND kind = 'SUPPLIER'"));
        assertEquals(40, count("SELECT count(*) FROM requirement r JOIN organization o ON o.id = r.anchor_id WHERE o.demo"));
        assertTrue(count("SELECT count(DISTINCT size) FROM supplier_profile") == 4, "all four sizes present");
        assertTrue(count("SELECT count(DISTINCT chain_code) FROM supplier_value_chain") >= 10, "many chains");
        assertTrue(count("SELECT count(*) FROM rueda_slot") >= 10 && count("SELECT count(*) FROM rueda_table") >= 10);
    }

    @Test
    void theDemoRuedaIsInItsRequestPhaseWithEnoughRequestsForAnAgenda() {
        loader.loadIfAbsent(20261203L, 300);
        assertEquals(1, count("SELECT count(*) FROM rueda r JOIN organization o ON o.id = r.organizer_id "
                + "WHERE o.demo AND r.status = 'REQUESTS'"));
        long approvedMipymes = count("SELECT count(*) FROM rueda_participant p JOIN rueda r ON r.id = p.rueda_id "
                + "JOIN organization o ON o.id = r.organizer_id WHERE o.demo AND p.role = 'SUPPLIER' AND p.status = 'APPROVED'");
        assertEquals(2 * approvedMipymes, count("SELECT count(*) FROM rueda_request q JOIN rueda r ON r.id = q.rueda_id "
                + "JOIN organization o ON o.id = r.organizer_id WHERE o.demo"), "two requests per approved mipyme");
    }

    @Test
    void neverReusesARecordOfTheJudgedEvaluationSet() throws IOException {
        loader.loadIfAbsent(20261203L, 300);
        Path eval = Path.of("..", "..", "shared", "eval", "dev", "suppliers.jsonl");
        Set<String> evalNits = new HashSet<>();
        if (Files.exists(eval)) {
            try (Stream<String> lines = Files.lines(eval)) {
                lines.forEach(l -> {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"nit\": ?\"([0-9-]+)\"").matcher(l);
                    if (m.find()) {
                        evalNits.add(m.group(1));
                    }
                });
            }
        }
        Set<String> demoNits = new HashSet<>();
        tx.executeRead(status -> {
            try (var ps = status.getConnection().prepareStatement("SELECT nit FROM organization WHERE demo");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    demoNits.add(rs.getString(1));
                }
            }
            return null;
        });
        demoNits.retainAll(evalNits);
        assertTrue(demoNits.isEmpty(), "demo reuses evaluation NITs: " + demoNits);
    }

    private long count(String sql) {
        return tx.executeRead(status -> {
            try (var ps = status.getConnection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
