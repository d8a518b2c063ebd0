package co.encadena.api.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Integration tests run against the real PostgreSQL and OpenSearch that {@code scripts/test} provisions and
 * announces through DATABASE_URL and OPENSEARCH_URL. Without them a test fails at once with the command to
 * run, instead of timing out against a default port.
 */
public final class RealServices implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        for (String variable : new String[] {"DATABASE_URL", "OPENSEARCH_URL"}) {
            String value = System.getenv(variable);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(variable + " is not set: integration tests need the real services. "
                        + "Run scripts/test (or: ENCADENA_INSTANCE=test scripts/services start && "
                        + "source the env file it prints).");
            }
        }
    }
}
