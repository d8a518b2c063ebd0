package co.encadena.api.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Builds the one OpenSearch client of the application from configuration. */
@Factory
final class OpenSearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    OpenSearchTransport transport(OpenSearchSettings settings) {
        URI url = settings.getUrl();
        HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort() > 0 ? url.getPort() : 9200);
        Timeout connect = Timeout.ofMilliseconds(settings.getConnectTimeout().toMillis());
        Timeout socket = Timeout.ofMilliseconds(settings.getSocketTimeout().toMillis());
        return ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .setHttpClientConfigCallback(http -> http.setConnectionManager(
                        PoolingAsyncClientConnectionManagerBuilder.create()
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(connect).setSocketTimeout(socket).build())
                                .setMaxConnTotal(32).setMaxConnPerRoute(32)
                                .build()))
                .setRequestConfigCallback(request -> request
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(socket))
                .build();
    }

    @Singleton
    OpenSearchClient client(OpenSearchTransport transport) {
        return new OpenSearchClient(transport);
    }

    /** Closing the transport closes the client's connections; the client itself holds nothing else. */
    static void close(OpenSearchTransport transport) throws IOException {
        transport.close();
    }
}
