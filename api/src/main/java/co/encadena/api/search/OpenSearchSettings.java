package co.encadena.api.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/** Where the search cluster is and how long to wait for it ({@code encadena.opensearch.*}). */
@ConfigurationProperties("encadena.opensearch")
public interface OpenSearchSettings {

    /** Base URL, e.g. http://127.0.0.1:9200 (env OPENSEARCH_URL). */
    URI getUrl();

    @Bindable(defaultValue = "2s")
    Duration getConnectTimeout();

    @Bindable(defaultValue = "10s")
    Duration getSocketTimeout();

    /** The health check must answer quickly even when the cluster hangs. */
    @Bindable(defaultValue = "2s")
    Duration getHealthTimeout();
}
