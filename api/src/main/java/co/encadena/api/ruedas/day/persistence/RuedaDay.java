package co.encadena.api.ruedas.day.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Check-ins and absences of a rueda's day. A check-in is written with {@code ON CONFLICT DO NOTHING} on its
 * primary key, so two staff checking in the same participant at once create one row and both read it back.
 * Runs in the caller's transaction.
 */
@Singleton
public class RuedaDay {

    /** When a participant was checked in, and whether this call is the one that did it. */
    public record CheckIn(UUID organizationId, Instant checkedInAt, String method, boolean created) {
    }

    private final JdbcOperations jdbc;

    public RuedaDay(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public CheckIn checkIn(UUID ruedaId, UUID organizationId, Instant at, UUID by, String method) {
        return jdbc.execute(c -> {
            boolean created;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_check_in (rueda_id, organization_id, checked_in_at, checked_in_by, method)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (rueda_id, organization_id) DO NOTHING""")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, organizationId);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setObject(4, by);
                ps.setString(5, method);
                created = ps.executeUpdate() == 1;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT checked_in_at, method FROM rueda_check_in WHERE rueda_id = ? AND organization_id = ?")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, organizationId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new CheckIn(organizationId, rs.getTimestamp(1).toInstant(), rs.getString(2), created);
                }
            }
        });
    }

    /** Who has checked in, and when. */
    public Map<UUID, Instant> checkIns(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT organization_id, checked_in_at FROM rueda_check_in WHERE rueda_id = ?")) {
                ps.setObject(1, ruedaId);
                Map<UUID, Instant> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                    }
                }
                return out;
            }
        });
    }

    public void markAbsent(UUID ruedaId, UUID organizationId, Instant at, UUID by) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_absence (rueda_id, organization_id, marked_at, marked_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (rueda_id, organization_id) DO NOTHING""")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, organizationId);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setObject(4, by);
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets that the participant was absent (it has arrived after all): @return whether it had been marked absent */
    public boolean clearAbsence(UUID ruedaId, UUID organizationId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM rueda_absence WHERE rueda_id = ? AND organization_id = ?")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, organizationId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Set<UUID> absent(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT organization_id FROM rueda_absence WHERE rueda_id = ?")) {
                ps.setObject(1, ruedaId);
                Set<UUID> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
                return out;
            }
        });
    }

    /** Marks a live meeting HELD; false when it is no longer scheduled or held. */
    public boolean markHeld(UUID meetingId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_meeting SET status = 'HELD', updated_at = now(), version = version + 1
                    WHERE id = ? AND status IN ('SCHEDULED', 'HELD')""")) {
                ps.setObject(1, meetingId);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
