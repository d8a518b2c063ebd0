package co.encadena.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests whose body is a file (JSON Lines, CSV, a PDF) rather than JSON, for integration tests. */
public final class RawHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                     String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "*/*")
                .method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String contentType, String body, String token) {
        return send("POST", path, contentType, HttpRequest.BodyPublishers.ofString(body), token);
    }

    public HttpResponse<byte[]> getBytes(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "*/*");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
