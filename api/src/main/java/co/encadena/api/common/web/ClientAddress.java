package co.encadena.api.common.web;

import io.micronaut.http.HttpRequest;
import java.net.InetSocketAddress;

/**
 * The client's address for throttling and the audit log. The socket's peer: behind a reverse proxy, set
 * Micronaut's {@code micronaut.server.client-address-header} so the proxy's header is used instead.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
