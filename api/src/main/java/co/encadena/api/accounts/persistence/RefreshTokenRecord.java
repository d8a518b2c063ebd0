package co.encadena.api.accounts.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code refresh_token}: only the SHA-256 of the token is kept. */
@MappedEntity("refresh_token")
public record RefreshTokenRecord(@Id UUID id, UUID userId, String tokenHash, Instant issuedAt, Instant expiresAt,
                                 @Nullable Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
