package co.encadena.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.support.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a client sees when it gets something wrong: always problem+json with a specific Spanish message,
 * never a stack trace or a library's English text. Uses a raw HTTP client so the bytes on the wire are
 * what is asserted.
 */
@IntegrationTest
class ProblemResponsesIT {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void malformedJsonGetsAProblemSayingTheBodyIsNotJson() throws Exception {
        HttpResponse<String> r = post("/api/v1/reference/distances", "{\"from\": \"05001\", \"to\": [\"11001\"");
        assertProblem(r, 400, "no es un JSON válido");
    }

    @Test
    void aWrongTypeInTheBodySaysWhereItIs() throws Exception {
        HttpResponse<String> r = post("/api/v1/reference/distances", "{\"from\": \"05001\", \"to\": 7}");
        assertProblem(r, 400, "línea 1, columna 26");
    }

    @Test
    void aWrongTypeInAQueryParameterNamesTheParameterAndTheValue() throws Exception {
        HttpResponse<String> r = get("/api/v1/reference/municipalities/05001/nearby?radiusKm=cerca");
        assertProblem(r, 400, "«cerca» no es válido para «radiusKm»");
        assertTrue(r.body().contains("un número entero"), r.body());
    }

    @Test
    void anOutOfRangeParameterSaysTheLimit() throws Exception {
        HttpResponse<String> r = get("/api/v1/reference/municipalities/05001/nearby?radiusKm=99999");
        assertProblem(r, 400, "como máximo 1.500");
    }

    @Test
    void anUnknownRouteIsAProblemNotAPage() throws Exception {
        HttpResponse<String> r = get("/api/v1/no-existe");
        assertProblem(r, 404, "No existe el recurso /api/v1/no-existe");
    }

    @Test
    void aWrongMethodIsAProblem() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/reference/departments"))
                .DELETE().build());
        assertProblem(r, 405, "DELETE");
    }

    @Test
    void anUnknownMunicipalityInTheBodyIsReportedWithItsPosition() throws Exception {
        HttpResponse<String> r = post("/api/v1/reference/distances", "{\"from\": \"05001\", \"to\": [\"11001\", \"99999\"]}");
        assertProblem(r, 400, "99999");
        assertTrue(r.body().contains("\"field\":\"to[1]\""), r.body());
    }

    @Test
    void missingRequiredFieldsAreListedInSpanish() throws Exception {
        HttpResponse<String> r = post("/api/v1/reference/distances", "{}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Este campo es obligatorio"), r.body());
    }

    @Test
    void anEmptyBodyIsAProblem() throws Exception {
        HttpResponse<String> r = post("/api/v1/reference/distances", "");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    }

    private void assertProblem(HttpResponse<String> r, int status, String detailFragment) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                "content type was " + r.headers().firstValue("content-type"));
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        assertTrue(r.body().contains(detailFragment), () -> "expected «" + detailFragment + "» in " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at co.") || r.body().contains("at io."),
                () -> "stack trace or exception name leaked: " + r.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
