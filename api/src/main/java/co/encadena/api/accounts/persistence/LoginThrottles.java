package co.encadena.api.accounts.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Failed-login counters by key ("account:…", "address:…"). */
@Singleton
public class LoginThrottles {

    /** The counter of one key. */
    public record Counter(int failures, Instant windowStartedAt, Instant blockedUntil) {
    }

    private final JdbcOperations jdbc;

    public LoginThrottles(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Counter> find(String key) {
        return jdbc.prepareStatement("SELECT failures, window_started_at, blocked_until FROM login_throttle WHERE key = ?", ps -> {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp blocked = rs.getTimestamp(3);
                return Optional.of(new Counter(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        blocked == null ? null : blocked.toInstant()));
            }
        });
    }

    /** Locks the row (creating it) so that concurrent failures count one by one. */
    public Counter lock(String key, Instant now) {
        jdbc.prepareStatement("INSERT INTO login_throttle (key, failures, window_started_at) VALUES (?, 0, ?) "
                + "ON CONFLICT (key) DO NOTHING", ps -> {
            ps.setString(1, key);
            ps.setTimestamp(2, Timestamp.from(now));
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT failures, window_started_at, blocked_until FROM login_throttle "
                + "WHERE key = ? FOR UPDATE", ps -> {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                rs.next();
                Timestamp blocked = rs.getTimestamp(3);
                return new Counter(rs.getInt(1), rs.getTimestamp(2).toInstant(), blocked == null ? null : blocked.toInstant());
            }
        });
    }

    public void save(String key, Counter counter) {
        jdbc.prepareStatement("UPDATE login_throttle SET failures = ?, window_started_at = ?, blocked_until = ? WHERE key = ?", ps -> {
            ps.setInt(1, counter.failures());
            ps.setTimestamp(2, Timestamp.from(counter.windowStartedAt()));
            ps.setTimestamp(3, counter.blockedUntil() == null ? null : Timestamp.from(counter.blockedUntil()));
            ps.setString(4, key);
            return ps.executeUpdate();
        });
    }

    public void delete(String key) {
        jdbc.prepareStatement("DELETE FROM login_throttle WHERE key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }
}
