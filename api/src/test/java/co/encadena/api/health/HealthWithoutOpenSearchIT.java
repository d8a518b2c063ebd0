package co.encadena.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.support.IntegrationTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * OpenSearch unreachable (the application points at a port where nothing listens): the health check says
 * which component is down while the application keeps answering everything else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthWithoutOpenSearchIT implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        // a port that was free a moment ago and that nothing listens on during the test
        try (ServerSocket socket = new ServerSocket(0)) {
            return Map.of("encadena.opensearch.url", "http://127.0.0.1:" + socket.getLocalPort());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsOpenSearchDownAndKeepsServing() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(503, health.statusCode(), health.body());
        String body = health.body();
        assertTrue(body.contains("\"status\":\"DOWN\""), body);
        assertTrue(body.matches("(?s).*\"opensearch\":\\{[^}]*\"status\":\"DOWN\".*"), "opensearch not DOWN: " + body);
        assertTrue(body.matches("(?s).*\"jdbc\":\\{[^}]*\"status\":\"UP\".*"), "jdbc should stay UP: " + body);

        HttpResponse<String> stats = get("/api/v1/stats");
        assertEquals(200, stats.statusCode(), "the application must keep serving: " + stats.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
