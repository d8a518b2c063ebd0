package co.encadena.api.accounts.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens: issued at login, rotated at refresh, revoked at logout or password change. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokens extends CrudRepository<RefreshTokenRecord, UUID> {

    /** Locks the row so two refreshes with the same token cannot both succeed. */
    @Query("SELECT * FROM refresh_token WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<RefreshTokenRecord> findByTokenHashForUpdate(String tokenHash);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    void revoke(UUID id, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    void revokeAllOf(UUID userId, Instant now);
}
