package co.encadena.api.common.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Serves the front end's {@code index.html} for client-side routes ({@code /proveedores}, {@code /ruedas/…})
 * that have no server route and no static file, so deep links and reloads work. API, health and
 * documentation paths keep their problem+json 404; hashed assets get a long cache, the page none.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SinglePageAppFallback {

    private final byte[] indexHtml;

    SinglePageAppFallback(ResourceResolver resources) {
        Optional<InputStream> index = resources.getResourceAsStream("classpath:public/index.html");
        byte[] page = null;
        if (index.isPresent()) {
            try (InputStream in = index.get()) {
                page = in.readAllBytes();
            } catch (IOException e) {
                page = null;
            }
        }
        this.indexHtml = page;
    }

    @ResponseFilter
    HttpResponse<?> fallback(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (response.getStatus() == HttpStatus.OK && path.startsWith("/assets/")) {
            response.header("Cache-Control", "public, max-age=31536000, immutable");
            return response;
        }
        if (indexHtml == null || response.getStatus() != HttpStatus.NOT_FOUND
                || request.getMethod() != HttpMethod.GET || !isClientRoute(path) || !acceptsHtml(request)) {
            return response;
        }
        return HttpResponse.ok(indexHtml)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-cache");
    }

    private static boolean isClientRoute(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/health")
                || path.startsWith("/swagger") || path.startsWith("/assets/"))
                && !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static boolean acceptsHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    }
}
