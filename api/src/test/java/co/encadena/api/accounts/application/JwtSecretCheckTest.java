package co.encadena.api.accounts.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JwtSecretCheckTest {

    @Test
    void refusesToStartWithoutASecretAndSaysHowToMakeOne() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new JwtSecretCheck(settings("")));
        assertTrue(e.getMessage().contains("ENCADENA_JWT_SECRET") && e.getMessage().contains("openssl rand"));
    }

    @Test
    void refusesASecretShorterThan256Bits() {
        assertThrows(ConfigurationException.class, () -> new JwtSecretCheck(settings("a".repeat(31))));
    }

    @Test
    void acceptsA256BitSecret() {
        assertDoesNotThrow(() -> new JwtSecretCheck(settings("a".repeat(32))));
    }

    private static SecuritySettings settings(String secret) {
        return new SecuritySettings() {
            @Override
            public String getJwtSecret() {
                return secret;
            }

            @Override
            public Duration getAccessTokenTtl() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration getRefreshTokenTtl() {
                return Duration.ofDays(30);
            }
        };
    }
}
