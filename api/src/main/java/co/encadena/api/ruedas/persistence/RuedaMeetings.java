package co.encadena.api.ruedas.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agenda's meetings. One row per pair of firms for the whole life of the rueda, so its iCalendar UID never
 * changes; moving or cancelling it bumps its SEQUENCE. Live meetings hold a seat per firm and slot, which the
 * database keeps unique. Runs in the caller's transaction.
 */
@Singleton
public class RuedaMeetings {

    private static final String SELECT = """
            SELECT m.id, m.party_a, m.party_b, m.request_id, m.slot_id, s.code, m.table_id, t.code, m.status, m.locked,
                   m.sequence, m.updated_at, m.version
            FROM rueda_meeting m JOIN rueda_slot s ON s.id = m.slot_id JOIN rueda_table t ON t.id = m.table_id""";

    private final JdbcOperations jdbc;

    public RuedaMeetings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredMeeting> list(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE m.rueda_id = ? ORDER BY s.starts_at, t.code")) {
                ps.setObject(1, ruedaId);
                return rows(ps);
            }
        });
    }

    public Optional<StoredMeeting> find(UUID ruedaId, UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE m.rueda_id = ? AND m.id = ?")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, id);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /** Inserts a live meeting with its seats. */
    public void insert(UUID id, UUID ruedaId, UUID a, UUID b, UUID requestId, UUID slotId, UUID tableId, boolean locked) {
        // PostgreSQL orders UUIDs as unsigned bytes, like their text; Java's compareTo is signed
        UUID low = a.toString().compareTo(b.toString()) < 0 ? a : b;
        UUID high = low.equals(a) ? b : a;
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_meeting (id, rueda_id, party_a, party_b, request_id, slot_id, table_id, status, locked)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)""")) {
                ps.setObject(1, id);
                ps.setObject(2, ruedaId);
                ps.setObject(3, low);
                ps.setObject(4, high);
                ps.setObject(5, requestId);
                ps.setObject(6, slotId);
                ps.setObject(7, tableId);
                ps.setBoolean(8, locked);
                ps.executeUpdate();
            }
            seat(c, id, slotId, tableId, low, high);
            return null;
        });
    }

    /**
     * Places a meeting (again) at a slot and table as SCHEDULED; the SEQUENCE grows when anything a calendar shows
     * changed. False when its version is no longer {@code expected} (null: do not check).
     */
    public boolean place(StoredMeeting m, UUID slotId, UUID tableId, boolean locked, Long expected) {
        boolean changed = !m.live() || !m.slotId().equals(slotId) || !m.tableId().equals(tableId);
        return jdbc.execute(c -> {
            releaseSeats(c, m.id());
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_meeting SET slot_id = ?, table_id = ?, status = 'SCHEDULED', locked = ?,
                      sequence = sequence + ?, updated_at = now(), version = version + 1
                    WHERE id = ? AND (?::bigint IS NULL OR version = ?::bigint)""")) {
                ps.setObject(1, slotId);
                ps.setObject(2, tableId);
                ps.setBoolean(3, locked);
                ps.setInt(4, changed ? 1 : 0);
                ps.setObject(5, m.id());
                ps.setObject(6, expected);
                ps.setObject(7, expected);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            seat(c, m.id(), slotId, tableId, m.partyA(), m.partyB());
            return true;
        });
    }

    /** Sets the lock flag only. */
    public boolean lock(UUID id, boolean locked, long expected) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_meeting SET locked = ?, updated_at = now(), version = version + 1
                    WHERE id = ? AND version = ?""")) {
                ps.setBoolean(1, locked);
                ps.setObject(2, id);
                ps.setLong(3, expected);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Ends a live meeting as CANCELLED (or NO_SHOW), freeing its seats and table; the SEQUENCE grows. */
    public boolean release(UUID id, String status, Long expected) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_meeting SET status = ?, locked = FALSE, sequence = sequence + 1, updated_at = now(),
                      version = version + 1 WHERE id = ? AND (?::bigint IS NULL OR version = ?::bigint)""")) {
                ps.setString(1, status);
                ps.setObject(2, id);
                ps.setObject(3, expected);
                ps.setObject(4, expected);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            releaseSeats(c, id);
            return true;
        });
    }

    private static void releaseSeats(Connection c, UUID meetingId) throws SQLException {
        for (String table : List.of("rueda_meeting_seat", "rueda_table_use")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE meeting_id = ?")) {
                ps.setObject(1, meetingId);
                ps.executeUpdate();
            }
        }
    }

    private static void seat(Connection c, UUID meetingId, UUID slotId, UUID tableId, UUID a, UUID b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rueda_table_use (slot_id, table_id, meeting_id) VALUES (?, ?, ?)")) {
            ps.setObject(1, slotId);
            ps.setObject(2, tableId);
            ps.setObject(3, meetingId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rueda_meeting_seat (slot_id, organization_id, meeting_id) VALUES (?, ?, ?)")) {
            for (UUID party : List.of(a, b)) {
                ps.setObject(1, slotId);
                ps.setObject(2, party);
                ps.setObject(3, meetingId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Frees the seats and tables of the rueda's unlocked scheduled meetings, so a re-run can place them again in
     * any order; every one of them is then placed or released in the same transaction.
     */
    public void releaseUnlockedSeats(UUID ruedaId) {
        jdbc.execute(c -> {
            for (String table : List.of("rueda_meeting_seat", "rueda_table_use")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " " + """
                         WHERE meeting_id IN (SELECT id FROM rueda_meeting
                                              WHERE rueda_id = ? AND status = 'SCHEDULED' AND NOT locked)""")) {
                    ps.setObject(1, ruedaId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static List<StoredMeeting> rows(PreparedStatement ps) throws SQLException {
        List<StoredMeeting> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredMeeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, UUID.class),
                        rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getInt(11), Ruedas.instant(rs, 12),
                        rs.getLong(13)));
            }
        }
        return out;
    }
}
