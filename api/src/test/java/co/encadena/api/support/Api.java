package co.encadena.api.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A raw HTTP client for integration tests: what is asserted is what a client receives. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        return send(withToken(b, token).GET().build());
    }

    public HttpResponse<String> post(String path, String json, String token) {
        return send(withToken(json(path), token).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String path, String json, String token) {
        return send(withToken(json(path), token).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> patch(String path, String json, String token) {
        return send(withToken(json(path), token).method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(withToken(HttpRequest.newBuilder(uri(path)), token).DELETE().build());
    }

    public HttpResponse<String> send(String method, String path, String json, String token) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return send(withToken(json(path), token).method(method, body).build());
    }

    /** A GET whose answer is a file (PDF, spreadsheet). */
    public HttpResponse<byte[]> bytes(String path, String token) {
        return send(withToken(HttpRequest.newBuilder(uri(path)), token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Like {@link #send(String, String, String, String)} with an {@code If-Match} header. */
    public HttpResponse<String> send(String method, String path, String json, String token, String ifMatch) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return send(withToken(json(path), token).header("If-Match", ifMatch).method(method, body).build());
    }

    /** Logs in and answers the access token (fails the test when login fails). */
    public String login(String email, String password) {
        HttpResponse<String> r = post("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        if (r.statusCode() != 200) {
            throw new AssertionError("login of " + email + " failed: " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "accessToken");
    }

    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new AssertionError(name + " missing in " + json);
        }
        return m.group(1);
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
