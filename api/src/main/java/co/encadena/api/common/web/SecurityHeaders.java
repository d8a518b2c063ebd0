package co.encadena.api.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every answer. The Content-Security-Policy allows only the application's own scripts,
 * styles, images (and data: URLs), and calls to itself: injected markup cannot run script or send data
 * elsewhere — the second line of defence for the session token the browser keeps (the first: the front end
 * never renders server text as HTML). Swagger UI, which needs an inline bootstrap script, gets its own policy.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean docs = request.getPath().startsWith("/swagger");
        response.header("Content-Security-Policy", docs ? DOCS_POLICY : POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
    }
}
