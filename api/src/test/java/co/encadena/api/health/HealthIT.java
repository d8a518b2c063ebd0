package co.encadena.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.support.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code /health} with the real PostgreSQL and OpenSearch that scripts/test started. */
@IntegrationTest
class HealthIT {

    @Inject
    EmbeddedServer server;

    @Test
    void reportsUpWithPostgresqlAndOpenSearchDetails() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String body = r.body();
        assertTrue(body.startsWith("{\"name\":\"encadena-match\",\"status\":\"UP\"") || body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"jdbc\"") && body.contains("PostgreSQL"), "PostgreSQL details missing: " + body);
        assertTrue(body.contains("\"opensearch\"") && body.contains("\"clusterStatus\""), "OpenSearch details missing: " + body);
        System.out.println("HealthIT used the real services: " + body);
        assertTrue(r.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"),
                "every answer carries the Content-Security-Policy");
        assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""));
    }
}
