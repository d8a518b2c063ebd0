package co.encadena.api.accounts.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** Token lifetimes and the signing secret ({@code encadena.security.*}). */
@ConfigurationProperties("encadena.security")
public interface SecuritySettings {

    /** HMAC secret for access tokens (env ENCADENA_JWT_SECRET); no default, checked at start-up. */
    @Bindable(defaultValue = "")
    String getJwtSecret();

    /** Short-lived: a stolen access token is useful for minutes, not days. */
    @Bindable(defaultValue = "15m")
    Duration getAccessTokenTtl();

    @Bindable(defaultValue = "30d")
    Duration getRefreshTokenTtl();
}
