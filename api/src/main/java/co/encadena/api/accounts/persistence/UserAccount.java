package co.encadena.api.accounts.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code app_user}. */
@MappedEntity("app_user")
public record UserAccount(
        @Id UUID id,
        @Nullable UUID organizationId,
        String email,
        String emailNormalized,
        String fullName,
        String role,
        String passwordHash,
        String status,
        @Nullable Instant emailVerifiedAt,
        Instant createdAt,
        Instant updatedAt,
        boolean owner,
        @Nullable Instant anonymisedAt,
        @Version long version) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public UserAccount withPasswordHash(String hash, Instant now) {
        return new UserAccount(id, organizationId, email, emailNormalized, fullName, role, hash, status,
                emailVerifiedAt, createdAt, now, owner, anonymisedAt, version);
    }

    public UserAccount verified(Instant now) {
        return new UserAccount(id, organizationId, email, emailNormalized, fullName, role, passwordHash, status,
                emailVerifiedAt == null ? now : emailVerifiedAt, createdAt, now, owner, anonymisedAt, version);
    }

    public UserAccount withRoleAndStatus(String newRole, String newStatus, Instant now) {
        return new UserAccount(id, organizationId, email, emailNormalized, fullName, newRole, passwordHash, newStatus,
                emailVerifiedAt, createdAt, now, owner, anonymisedAt, version);
    }
}
