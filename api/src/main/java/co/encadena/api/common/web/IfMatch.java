package co.encadena.api.common.web;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the version a client last saw from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
public final class IfMatch {

    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private IfMatch() {
    }

    /** The expected version, or null when the header is absent, blank or {@code *} (no check). */
    @Nullable
    public static Long version(@Nullable String header) {
        if (header == null || header.isBlank() || "*".equals(header.strip())) {
            return null;
        }
        Matcher m = ETAG.matcher(header.strip());
        if (!m.matches()) {
            throw ApiException.badRequest("supplier.ifMatch.invalid");
        }
        return Long.parseLong(m.group(1));
    }
}
