package co.encadena.api.accounts.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Single-use tokens for e-mail verification and password reset (hashes only). */
@Singleton
public class OneTimeTokens {

    private final JdbcOperations jdbc;

    public OneTimeTokens(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID userId, String purpose, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.prepareStatement("INSERT INTO one_time_token (id, user_id, purpose, token_hash, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, userId);
            ps.setString(3, purpose);
            ps.setString(4, tokenHash);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setTimestamp(6, Timestamp.from(expiresAt));
            return ps.executeUpdate();
        });
    }

    /**
     * Marks the token used and answers its user, if it exists for this purpose, is unused and has not expired.
     * The update itself is the check, so two concurrent uses cannot both succeed.
     */
    public Optional<UUID> consume(String purpose, String tokenHash, Instant now) {
        return jdbc.prepareStatement("UPDATE one_time_token SET used_at = ? WHERE token_hash = ? AND purpose = ? "
                + "AND used_at IS NULL AND expires_at > ? RETURNING user_id", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, tokenHash);
            ps.setString(3, purpose);
            ps.setTimestamp(4, Timestamp.from(now));
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of((UUID) rs.getObject(1)) : Optional.<UUID>empty();
            }
        });
    }

    /** Earlier unused links of the same purpose stop working when a new one is sent. */
    public void invalidateOpen(UUID userId, String purpose, Instant now) {
        jdbc.prepareStatement("UPDATE one_time_token SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, userId);
            ps.setString(3, purpose);
            return ps.executeUpdate();
        });
    }
}
