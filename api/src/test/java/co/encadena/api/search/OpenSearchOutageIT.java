package co.encadena.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.demo.DemoDataLoader;
import co.encadena.api.search.application.OutboxIndexer;
import co.encadena.api.search.application.SearchIndexes;
import co.encadena.api.search.persistence.SearchOutbox;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.TestClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * OpenSearch really stops and restarts (through scripts/services, on the throwaway test instance): writes keep
 * succeeding and are queued in the outbox, search answers 503 in Spanish, /health says OpenSearch is down; when
 * it is back the outbox drains and PostgreSQL and the index agree again.
 */
@IntegrationTest
class OpenSearchOutageIT {

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
    TransactionOperations<Connection> tx;

    @Inject
    CreatingUser creatingUser;

    @Inject
    TestClock clock;

    @Test
    void nothingIsLostWhileOpenSearchIsDown() throws Exception {
        assumeTrue("local".equals(System.getenv("ENCADENA_OS_MODE")) && "test".equals(System.getenv("ENCADENA_INSTANCE")),
                "needs the scripts' own throwaway OpenSearch (run through scripts/test)");
        Api api = new Api(server.getPort());
        String email = "caida-" + UUID.randomUUID() + "@example.co";
        creatingUser.create(email, "Organización", Role.ADMIN, null, "Clave de la caída 2026");
        String token = api.login(email, "Clave de la caída 2026");
        demo.loadIfAbsent(20261203L, 300);
        indexer.drain();
        assertTrue(indexes.check(SearchOutbox.Entity.SUPPLIER).clean());
        UUID supplier = tx.executeRead(s -> {
            try (var ps = s.getConnection().prepareStatement("SELECT organization_id FROM supplier_profile ORDER BY organization_id LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        });

        services("stop");
        try {
            // a write while the index is down: it commits, with its outbox row, in one transaction
            tx.executeWrite(s -> {
                try (var ps = s.getConnection().prepareStatement("UPDATE supplier_profile SET description = "
                        + "'Fabricamos cajas de guadua certificada durante la caída', version = version + 1 WHERE organization_id = ?")) {
                    ps.setObject(1, supplier);
                    ps.executeUpdate();
                }
                outbox.enqueue(SearchOutbox.Entity.SUPPLIER, supplier);
                return null;
            });
            HttpResponse<String> search = api.get("/api/v1/search/suppliers?q=guadua", token);
            assertEquals(503, search.statusCode(), search.body());
            assertTrue(search.body().contains("La búsqueda no está disponible") && search.body().contains("sus datos están guardados"), search.body());
            HttpResponse<String> health = api.get("/health", null);
            assertEquals(503, health.statusCode());
            assertTrue(health.body().matches("(?s).*\"opensearch\":\\{[^}]*\"status\":\"DOWN\".*"), health.body());

            indexer.drain();
            assertTrue(outbox.pending() >= 1, "the change must wait in the outbox, not be dropped");
        } finally {
            services("start");
        }
        clock.advance(Duration.ofMinutes(10)); // past the retry backoff, without waiting for it
        indexer.drain();
        assertEquals(0, outbox.pending());
        SearchIndexes.Consistency after = indexes.check(SearchOutbox.Entity.SUPPLIER);
        assertTrue(after.clean(), after.toString());
        HttpResponse<String> found = api.get("/api/v1/search/suppliers?q=guadua", token);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains(supplier.toString()), found.body());
    }

    private static void services(String action) throws IOException, InterruptedException {
        Path script = Path.of("..", "scripts", "services").toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(script), "missing " + script);
        ProcessBuilder pb = new ProcessBuilder(script.toString(), action, "opensearch").inheritIO();
        pb.environment().put("ENCADENA_INSTANCE", "test");
        pb.environment().remove("OPENSEARCH_URL");
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "scripts/services " + action + " opensearch did not finish");
        assertEquals(0, p.exitValue(), "scripts/services " + action + " opensearch failed");
    }
}
