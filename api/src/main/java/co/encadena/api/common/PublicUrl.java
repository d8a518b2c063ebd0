package co.encadena.api.common;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The address people use to reach the product ({@code ENCADENA_PUBLIC_URL}), without a trailing slash: links in
 * e-mails, calendar subscriptions and QR codes point here. Empty means {@code http://localhost:<server port>}
 * (placeholders cannot nest in configuration, so the default is decided here).
 */
@Singleton
public final class PublicUrl {

    private final String base;

    PublicUrl(@Value("${encadena.public-url:}") String publicUrl, @Value("${micronaut.server.port:8080}") int port) {
        String base = publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.strip();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The base address followed by {@code path} (which starts with a slash). */
    public String to(String path) {
        return base + path;
    }
}
