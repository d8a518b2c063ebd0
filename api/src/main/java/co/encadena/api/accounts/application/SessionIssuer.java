package co.encadena.api.accounts.application;

import co.encadena.api.accounts.persistence.RefreshTokenRecord;
import co.encadena.api.accounts.persistence.RefreshTokens;
import co.encadena.api.accounts.persistence.UserAccount;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the access token (a JWT whose subject is the user id, with the role and organization as claims)
 * and a random refresh token, of which only the SHA-256 is stored.
 */
@Singleton
public class SessionIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenGenerator tokens;
    private final RefreshTokens refreshTokens;
    private final SecuritySettings settings;
    private final Clock clock;

    SessionIssuer(TokenGenerator tokens, RefreshTokens refreshTokens, SecuritySettings settings, Clock clock) {
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** Must run inside the caller's transaction (the refresh token row is written). */
    public Session issue(UserAccount user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", user.email());
        claims.put("name", user.fullName());
        if (user.organizationId() != null) {
            claims.put("org", user.organizationId().toString());
        }
        Authentication authentication = Authentication.build(user.id().toString(), List.of(user.role()), claims);
        int ttl = (int) settings.getAccessTokenTtl().toSeconds();
        String access = tokens.generateToken(authentication, ttl)
                .orElseThrow(() -> new IllegalStateException("the token generator produced no token"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        refreshTokens.save(new RefreshTokenRecord(UUID.randomUUID(), user.id(), sha256(refresh), now,
                now.plus(settings.getRefreshTokenTtl()), null));
        return new Session(access, refresh, ttl, "Bearer");
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
