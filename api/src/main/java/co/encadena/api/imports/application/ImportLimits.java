package co.encadena.api.imports.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * How large an import file may be ({@code encadena.imports.max-size}, e.g. 256MB). The HTTP server's own
 * limit ({@code micronaut.server.max-request-size}) is set a little higher so that this one, with its
 * Spanish message, is the one people meet; JSON bodies stay limited by
 * {@code micronaut.server.max-request-buffer-size}, since only imports are streamed.
 */
@ConfigurationProperties("encadena.imports")
public class ImportLimits {

    private long maxSize = 256L * 1024 * 1024;

    public long getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(@ReadableBytes long maxSize) {
        this.maxSize = maxSize;
    }
}
