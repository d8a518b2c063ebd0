package co.encadena.api.common.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;

/**
 * The web front end (its page, assets and client-side routes), the API documentation and {@code /health}
 * are public. Everything under {@code /api/} is decided by the controllers' {@code @Secured} rules; a
 * controller without one is denied (Micronaut's default), so a new endpoint is never open by accident.
 */
@Singleton
final class PublicPagesRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String path = request.getPath();
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (read && !path.startsWith("/api/") && !path.equals("/api")) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
