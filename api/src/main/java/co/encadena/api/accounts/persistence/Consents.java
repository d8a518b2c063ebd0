package co.encadena.api.accounts.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The personal-data policy versions and who consented to which, when and from where. */
@Singleton
@Transactional
public class Consents {

    /** A published version of the policy. */
    @Serdeable
    public record Policy(String version, String title, String body, Instant publishedAt) {
    }

    /** A consent given. */
    @Serdeable
    public record Consent(String policyVersion, Instant consentedAt, @Nullable String ipAddress) {
    }

    private final JdbcOperations jdbc;

    public Consents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Policy> current() {
        return jdbc.prepareStatement("SELECT version, title, body, published_at FROM privacy_policy "
                + "ORDER BY published_at DESC LIMIT 1", ps -> {
            try (var rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Policy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                        : Optional.<Policy>empty();
            }
        });
    }

    public void record(UUID userId, String version, Instant at, @Nullable String ip) {
        jdbc.prepareStatement("INSERT INTO consent (id, user_id, policy_version, consented_at, ip_address) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, userId);
            ps.setString(3, version);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setString(5, ip);
            return ps.executeUpdate();
        });
    }

    public List<Consent> of(UUID userId) {
        return jdbc.prepareStatement("SELECT policy_version, consented_at, ip_address FROM consent WHERE user_id = ? "
                + "ORDER BY consented_at", ps -> {
            ps.setObject(1, userId);
            List<Consent> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Consent(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
