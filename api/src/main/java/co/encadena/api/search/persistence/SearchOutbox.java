package co.encadena.api.search.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The search outbox. {@link #enqueue} must be called inside the transaction that changes the entity, so the
 * change and the promise to index it commit (or roll back) together.
 */
@Singleton
@Transactional
public class SearchOutbox {

    /** What the index holds. */
    public enum Entity { SUPPLIER, REQUIREMENT }

    /** A claimed outbox row. */
    public record Entry(long id, Entity entity, UUID entityId, int attempts) {
    }

    private final JdbcOperations jdbc;

    public SearchOutbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction; fails loudly when there is none (an outbox row outside it is useless). */
    public void enqueue(Entity entity, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO search_outbox (entity, entity_id) SELECT ?, unnest(?::uuid[])", ps -> {
            ps.setString(1, entity.name());
            ps.setArray(2, ps.getConnection().createArrayOf("uuid", ids.toArray()));
            return ps.executeUpdate();
        });
    }

    public void enqueue(Entity entity, UUID id) {
        enqueue(entity, List.of(id));
    }

    /**
     * Claims due rows, oldest first, skipping rows another instance has claimed: several application instances
     * can index at once without sending the same row twice. The lock lasts until the caller's transaction ends.
     */
    public List<Entry> claimDue(int limit, Instant now) {
        return jdbc.prepareStatement("SELECT id, entity, entity_id, attempts FROM search_outbox WHERE next_attempt_at <= ? "
                + "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, limit);
            List<Entry> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), Entity.valueOf(rs.getString(2)), (UUID) rs.getObject(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    public void delete(Collection<Long> ids) {
        jdbc.prepareStatement("DELETE FROM search_outbox WHERE id = ANY (?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray()));
            return ps.executeUpdate();
        });
    }

    /** Keeps the rows for a later attempt, with the error (never shown to users) for operators. */
    public void postpone(Collection<Long> ids, Instant nextAttempt, String error) {
        jdbc.prepareStatement("UPDATE search_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                + "WHERE id = ANY (?)", ps -> {
            ps.setTimestamp(1, Timestamp.from(nextAttempt));
            ps.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
            ps.setArray(3, ps.getConnection().createArrayOf("bigint", ids.toArray()));
            return ps.executeUpdate();
        });
    }

    /** Rows still waiting (for /health details and for tests that wait for the index to catch up). */
    public long pending() {
        return jdbc.prepareStatement("SELECT count(*) FROM search_outbox", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
