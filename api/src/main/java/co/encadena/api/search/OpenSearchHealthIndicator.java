package co.encadena.api.search;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.cluster.HealthResponse;

/**
 * Reports the search cluster in {@code /health}. OpenSearch is a derived index: when it is down the
 * component says so (and why) while the application keeps serving everything that does not search.
 */
@Singleton
final class OpenSearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final OpenSearchClient client;
    private final OpenSearchSettings settings;

    OpenSearchHealthIndicator(OpenSearchClient client, OpenSearchSettings settings,
                              @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.client = client;
        this.settings = settings;
        this.executorService = executor;
    }

    @Override
    protected String getName() {
        return "opensearch";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", settings.getUrl().toString());
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time(
                    settings.getHealthTimeout().toMillis() + "ms")));
            details.put("cluster", health.clusterName());
            details.put("clusterStatus", health.status().jsonValue());
            details.put("nodes", health.numberOfNodes());
            healthStatus = health.status() == org.opensearch.client.opensearch._types.HealthStatus.Red
                    ? HealthStatus.DOWN : HealthStatus.UP;
        } catch (Exception e) {
            details.put("error", e.getClass().getSimpleName() + ": no responde");
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }
}
