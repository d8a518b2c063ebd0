package co.encadena.api.accounts.application;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses to start without a signing secret of at least 256 bits. Micronaut would otherwise start and fail
 * at the first login with a 500, or — worse — run with a guessable secret.
 */
@Context
@Requires(notEnv = "cli")
final class JwtSecretCheck {

    static final int MIN_BYTES = 32;

    JwtSecretCheck(SecuritySettings settings) {
        String secret = settings.getJwtSecret();
        if (secret == null || secret.isBlank()) {
            throw new ConfigurationException("ENCADENA_JWT_SECRET is not set: the application needs a token signing "
                    + "secret of at least 256 bits (e.g. `openssl rand -base64 48`). scripts/start generates one "
                    + "for the demo; production must provide its own.");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new ConfigurationException("ENCADENA_JWT_SECRET is too short: " + secret.length()
                    + " characters; at least " + MIN_BYTES + " bytes (256 bits) are required.");
        }
    }
}
