package co.encadena.api.ruedas.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meeting requests of a rueda. Runs in the caller's transaction. */
@Singleton
public class RuedaRequests {

    private static final String SELECT = """
            SELECT q.id, q.requester_id, coalesce(a.trade_name, a.legal_name), q.addressee_id,
                   coalesce(b.trade_name, b.legal_name), q.requested_by, q.status, q.mandatory, q.session_code,
                   q.match_score, q.note, q.created_at, q.expires_at, q.decided_at, q.version
            FROM rueda_request q JOIN organization a ON a.id = q.requester_id JOIN organization b ON b.id = q.addressee_id""";

    private final JdbcOperations jdbc;

    public RuedaRequests(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks unanswered requests whose time ran out as EXPIRED. */
    public int expire(UUID ruedaId, Instant now) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_request SET status = 'EXPIRED', decided_at = ?, version = version + 1
                    WHERE rueda_id = ? AND status = 'PENDING' AND expires_at IS NOT NULL AND expires_at <= ?""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setObject(2, ruedaId);
                ps.setTimestamp(3, Timestamp.from(now));
                return ps.executeUpdate();
            }
        });
    }

    /** Every request of the rueda (or only those involving {@code organization}), newest first. */
    public List<StoredRequest> list(UUID ruedaId, UUID organization) {
        String sql = SELECT + " WHERE q.rueda_id = ?" + (organization == null ? "" : " AND ? IN (q.requester_id, q.addressee_id)")
                + " ORDER BY q.created_at DESC, q.id";
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, ruedaId);
                if (organization != null) {
                    ps.setObject(2, organization);
                }
                return rows(ps);
            }
        });
    }

    /** The live requests (pending or accepted), for the scheduler. */
    public List<StoredRequest> live(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT
                    + " WHERE q.rueda_id = ? AND q.status IN ('PENDING', 'ACCEPTED') ORDER BY q.created_at, q.id")) {
                ps.setObject(1, ruedaId);
                return rows(ps);
            }
        });
    }

    public Optional<StoredRequest> find(UUID ruedaId, UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE q.rueda_id = ? AND q.id = ? FOR UPDATE OF q")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, id);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /** The live request between two firms, whichever asked. */
    public Optional<StoredRequest> livePair(UUID ruedaId, UUID x, UUID y) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " " + """
                     WHERE q.rueda_id = ? AND q.status IN ('PENDING', 'ACCEPTED')
                       AND ((q.requester_id = ? AND q.addressee_id = ?) OR (q.requester_id = ? AND q.addressee_id = ?))
                     FOR UPDATE OF q""")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, x);
                ps.setObject(3, y);
                ps.setObject(4, y);
                ps.setObject(5, x);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /** Pending requests sent by {@code organization} (the cap on open requests counts these). */
    public int pendingSentBy(UUID ruedaId, UUID organization) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM rueda_request WHERE rueda_id = ? AND requester_id = ? AND status = 'PENDING'")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, organization);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    public void insert(UUID id, UUID ruedaId, UUID requester, UUID addressee, String requestedBy, String status,
                       boolean mandatory, String sessionCode, BigDecimal matchScore, String note, UUID createdBy,
                       Instant now, Instant expiresAt) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_request (id, rueda_id, requester_id, addressee_id, requested_by, status, mandatory,
                      session_code, match_score, note, created_by, created_at, expires_at, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, id);
                ps.setObject(2, ruedaId);
                ps.setObject(3, requester);
                ps.setObject(4, addressee);
                ps.setString(5, requestedBy);
                ps.setString(6, status);
                ps.setBoolean(7, mandatory);
                ps.setString(8, sessionCode);
                if (matchScore == null) {
                    ps.setNull(9, Types.NUMERIC);
                } else {
                    ps.setBigDecimal(9, matchScore);
                }
                ps.setString(10, note);
                ps.setObject(11, createdBy);
                ps.setTimestamp(12, Timestamp.from(now));
                ps.setTimestamp(13, expiresAt == null ? null : Timestamp.from(expiresAt));
                ps.setTimestamp(14, "PENDING".equals(status) ? null : Timestamp.from(now));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records an answer; false when the request changed since it was read. */
    public boolean decide(UUID id, String status, Boolean mandatory, Instant now, long expected) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_request SET status = ?, mandatory = coalesce(?, mandatory), decided_at = ?,
                      version = version + 1 WHERE id = ? AND version = ?""")) {
                ps.setString(1, status);
                if (mandatory == null) {
                    ps.setNull(2, Types.BOOLEAN);
                } else {
                    ps.setBoolean(2, mandatory);
                }
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setObject(4, id);
                ps.setLong(5, expected);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<StoredRequest> rows(PreparedStatement ps) throws SQLException {
        List<StoredRequest> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredRequest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getString(9), rs.getBigDecimal(10), rs.getString(11), Ruedas.instant(rs, 12),
                        Ruedas.instant(rs, 13), Ruedas.instant(rs, 14), rs.getLong(15)));
            }
        }
        return out;
    }
}
