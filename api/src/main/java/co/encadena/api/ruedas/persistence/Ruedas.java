package co.encadena.api.ruedas.persistence;

import co.encadena.api.ruedas.application.RuedaSettingsValidator;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.domain.SlotPlan;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Ruedas and their frame (sessions, breaks, slots, tables) in PostgreSQL. Runs in the caller's transaction. */
@Singleton
public class Ruedas {

    private static final String SELECT = """
            SELECT r.id, r.organizer_id, o.legal_name, r.name, r.description, r.municipality_code, m.display_name,
                   r.venue, r.timezone, r.status, r.slot_minutes, r.starts_on, r.max_open_requests,
                   r.request_expiry_days, r.default_max_meetings, r.agenda_stats::text, r.agenda_unscheduled::text,
                   r.agenda_generated_at, r.published_at, r.created_at, r.updated_at, r.version
            FROM rueda r JOIN organization o ON o.id = r.organizer_id
            LEFT JOIN municipality m ON m.code = r.municipality_code""";

    private final JdbcOperations jdbc;

    public Ruedas(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredRueda> find(UUID id) {
        return one(SELECT + " WHERE r.id = ?", id);
    }

    /** The rueda, locked until the transaction ends: agenda changes of one rueda happen one at a time. */
    public Optional<StoredRueda> lock(UUID id) {
        return one(SELECT + " WHERE r.id = ? FOR UPDATE OF r", id);
    }

    private Optional<StoredRueda> one(String sql, UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<StoredRueda>empty();
                }
            }
        });
    }

    /**
     * The ruedas a caller may see, newest first: all of them for staff ({@code organization} null), otherwise
     * the non-draft ones the organization takes part in plus those open for registration.
     */
    public List<StoredRueda> list(UUID organization, boolean staff) {
        String where = staff ? "" : " " + """
                 WHERE r.status <> 'DRAFT' AND (r.status = 'REGISTRATION' OR EXISTS (
                   SELECT 1 FROM rueda_participant p WHERE p.rueda_id = r.id AND p.organization_id = ?))""";
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + where + " ORDER BY r.starts_on DESC, r.created_at DESC LIMIT 500")) {
                if (!staff) {
                    ps.setObject(1, organization);
                }
                List<StoredRueda> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Counts of participants (approved, by role), live requests and live meetings of each rueda. */
    public record Counts(int anchors, int suppliers, int allies, int pendingParticipants, int requests, int meetings) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    public Map<UUID, Counts> counts(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(c -> {
            Map<UUID, Counts> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.id,
                      (SELECT count(*) FROM rueda_participant p WHERE p.rueda_id = r.id AND p.status = 'APPROVED' AND p.role = 'ANCHOR'),
                      (SELECT count(*) FROM rueda_participant p WHERE p.rueda_id = r.id AND p.status = 'APPROVED' AND p.role = 'SUPPLIER'),
                      (SELECT count(*) FROM rueda_participant p WHERE p.rueda_id = r.id AND p.status = 'APPROVED' AND p.role = 'ALLY'),
                      (SELECT count(*) FROM rueda_participant p WHERE p.rueda_id = r.id AND p.status IN ('INVITED', 'APPLIED')),
                      (SELECT count(*) FROM rueda_request q WHERE q.rueda_id = r.id AND q.status IN ('PENDING', 'ACCEPTED')),
                      (SELECT count(*) FROM rueda_meeting m WHERE m.rueda_id = r.id AND m.status <> 'CANCELLED')
                    FROM rueda r WHERE r.id = ANY (?)""")) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class), new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                    }
                }
            }
            ids.forEach(id -> out.putIfAbsent(id, Counts.NONE));
            return out;
        });
    }

    public void insert(UUID id, UUID organizerId, RuedaSettingsValidator.Valid s) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda (id, organizer_id, name, description, municipality_code, venue, status, slot_minutes,
                                       starts_on, max_open_requests, request_expiry_days, default_max_meetings)
                    VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, id);
                ps.setObject(2, organizerId);
                bindSettings(ps, 3, s);
                ps.executeUpdate();
            }
            writeLayout(c, id, s);
            return null;
        });
    }

    /** Replaces the settings and the frame; anchors keep their own tables when the table still exists. */
    public void updateSettings(UUID id, RuedaSettingsValidator.Valid s) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda SET name = ?, description = ?, municipality_code = ?, venue = ?, slot_minutes = ?,
                      starts_on = ?, max_open_requests = ?, request_expiry_days = ?, default_max_meetings = ?,
                      updated_at = now(), version = version + 1 WHERE id = ?""")) {
                bindSettings(ps, 1, s);
                ps.setObject(10, id);
                ps.executeUpdate();
            }
            Map<String, UUID> owners = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, owner_org_id FROM rueda_table WHERE rueda_id = ? AND owner_org_id IS NOT NULL")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        owners.put(rs.getString(1), rs.getObject(2, UUID.class));
                    }
                }
            }
            for (String table : List.of("rueda_break", "rueda_slot", "rueda_session", "rueda_table")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE rueda_id = ?")) {
                    ps.setObject(1, id);
                    ps.executeUpdate();
                }
            }
            writeLayout(c, id, s);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rueda_table SET owner_org_id = ? WHERE rueda_id = ? AND code = ?")) {
                for (Map.Entry<String, UUID> e : owners.entrySet()) {
                    ps.setObject(1, e.getValue());
                    ps.setObject(2, id);
                    ps.setString(3, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Binds the nine settings columns from parameter {@code from} on. */
    private static void bindSettings(PreparedStatement ps, int from, RuedaSettingsValidator.Valid s) throws SQLException {
        ps.setString(from, s.name());
        ps.setString(from + 1, s.description());
        ps.setString(from + 2, s.municipalityCode());
        ps.setString(from + 3, s.venue());
        ps.setInt(from + 4, s.slotMinutes());
        ps.setDate(from + 5, Date.valueOf(s.startsOn()));
        ps.setInt(from + 6, s.maxOpenRequests());
        ps.setInt(from + 7, s.requestExpiryDays());
        ps.setInt(from + 8, s.defaultMaxMeetings());
    }

    private static void writeLayout(Connection c, UUID ruedaId, RuedaSettingsValidator.Valid s) throws SQLException {
        ZoneId zone = RuedaSettingsValidator.BOGOTA;
        Map<String, UUID> sessionIds = new HashMap<>();
        try (PreparedStatement session = c.prepareStatement(
                "INSERT INTO rueda_session (id, rueda_id, code, name, starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement pause = c.prepareStatement(
                     "INSERT INTO rueda_break (rueda_id, session_id, starts_at, ends_at) VALUES (?, ?, ?, ?)")) {
            for (SlotPlan.SessionSpec spec : s.sessions()) {
                UUID sid = UUID.randomUUID();
                sessionIds.put(spec.code(), sid);
                session.setObject(1, sid);
                session.setObject(2, ruedaId);
                session.setString(3, spec.code());
                session.setString(4, spec.name());
                session.setTimestamp(5, ts(ZonedDateTime.of(spec.date(), spec.start(), zone).toInstant()));
                session.setTimestamp(6, ts(ZonedDateTime.of(spec.date(), spec.end(), zone).toInstant()));
                session.addBatch();
                for (SlotPlan.BreakSpec b : spec.breaks()) {
                    pause.setObject(1, ruedaId);
                    pause.setObject(2, sid);
                    pause.setTimestamp(3, ts(ZonedDateTime.of(spec.date(), b.start(), zone).toInstant()));
                    pause.setTimestamp(4, ts(ZonedDateTime.of(spec.date(), b.end(), zone).toInstant()));
                    pause.addBatch();
                }
            }
            session.executeBatch();
            pause.executeBatch();
        }
        try (PreparedStatement slot = c.prepareStatement(
                "INSERT INTO rueda_slot (id, rueda_id, session_id, code, starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SlotPlan.PlannedSlot p : s.slots()) {
                slot.setObject(1, UUID.randomUUID());
                slot.setObject(2, ruedaId);
                slot.setObject(3, sessionIds.get(p.sessionCode()));
                slot.setString(4, p.code());
                slot.setTimestamp(5, ts(p.start().toInstant()));
                slot.setTimestamp(6, ts(p.end().toInstant()));
                slot.addBatch();
            }
            slot.executeBatch();
        }
        try (PreparedStatement table = c.prepareStatement(
                "INSERT INTO rueda_table (id, rueda_id, code, name) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= s.tables(); i++) {
                table.setObject(1, UUID.randomUUID());
                table.setObject(2, ruedaId);
                table.setString(3, String.format(s.tables() > 99 ? "M%03d" : "M%02d", i));
                table.setString(4, "Mesa " + i);
                table.addBatch();
            }
            table.executeBatch();
        }
    }

    public RuedaLayout layout(UUID ruedaId) {
        return jdbc.execute(c -> {
            List<RuedaLayout.Session> sessions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, code, name, starts_at, ends_at FROM rueda_session WHERE rueda_id = ? ORDER BY starts_at")) {
                ps.setObject(1, ruedaId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sessions.add(new RuedaLayout.Session(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                instant(rs, 4), instant(rs, 5)));
                    }
                }
            }
            List<RuedaLayout.Break> breaks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.code, b.starts_at, b.ends_at FROM rueda_break b JOIN rueda_session s ON s.id = b.session_id
                    WHERE b.rueda_id = ? ORDER BY b.starts_at""")) {
                ps.setObject(1, ruedaId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        breaks.add(new RuedaLayout.Break(rs.getString(1), instant(rs, 2), instant(rs, 3)));
                    }
                }
            }
            List<RuedaLayout.SlotRow> slots = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT sl.id, sl.code, s.code, sl.starts_at, sl.ends_at FROM rueda_slot sl
                    JOIN rueda_session s ON s.id = sl.session_id WHERE sl.rueda_id = ? ORDER BY sl.starts_at, sl.code""")) {
                ps.setObject(1, ruedaId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        slots.add(new RuedaLayout.SlotRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                instant(rs, 4), instant(rs, 5)));
                    }
                }
            }
            List<RuedaLayout.TableRow> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.id, t.code, t.name, t.owner_org_id, coalesce(o.trade_name, o.legal_name) FROM rueda_table t
                    LEFT JOIN organization o ON o.id = t.owner_org_id WHERE t.rueda_id = ? ORDER BY t.code""")) {
                ps.setObject(1, ruedaId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(new RuedaLayout.TableRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getObject(4, UUID.class), rs.getString(5)));
                    }
                }
            }
            return new RuedaLayout(sessions, breaks, slots, tables);
        });
    }

    /** Gives {@code owner} the first shared table (lowest code) or takes its table back; false when none is free. */
    public boolean assignOwnTable(UUID ruedaId, UUID owner, boolean own) {
        return jdbc.execute(c -> {
            if (!own) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE rueda_table SET owner_org_id = NULL WHERE rueda_id = ? AND owner_org_id = ?")) {
                    ps.setObject(1, ruedaId);
                    ps.setObject(2, owner);
                    ps.executeUpdate();
                }
                return true;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM rueda_table WHERE rueda_id = ? AND owner_org_id = ?")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_table SET owner_org_id = ? WHERE id = (
                      SELECT id FROM rueda_table WHERE rueda_id = ? AND owner_org_id IS NULL ORDER BY code LIMIT 1)""")) {
                ps.setObject(1, owner);
                ps.setObject(2, ruedaId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Moves the rueda to {@code status} when its version is still {@code expected}; false when it changed. */
    public boolean setStatus(UUID id, RuedaStatus status, long expected) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda SET status = ?, updated_at = now(), version = version + 1,
                      published_at = CASE WHEN ? = 'PUBLISHED' AND published_at IS NULL THEN now() ELSE published_at END
                    WHERE id = ? AND version = ?""")) {
                ps.setString(1, status.name());
                ps.setString(2, status.name());
                ps.setObject(3, id);
                ps.setLong(4, expected);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Stores the figures of a scheduler run and bumps the version. */
    public void saveAgendaRun(UUID id, String statsJson, String unscheduledJson, Instant at) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda SET agenda_stats = ?::jsonb, agenda_unscheduled = ?::jsonb, agenda_generated_at = ?,
                      updated_at = now(), version = version + 1 WHERE id = ?""")) {
                ps.setString(1, statsJson);
                ps.setString(2, unscheduledJson);
                ps.setTimestamp(3, ts(at));
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Bumps the version after an agenda edit, so every board sees it changed. */
    public void touch(UUID id) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rueda SET updated_at = now(), version = version + 1 WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public boolean delete(UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rueda WHERE id = ? AND status = 'DRAFT'")) {
                ps.setObject(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static StoredRueda row(ResultSet rs) throws SQLException {
        return new StoredRueda(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                RuedaStatus.valueOf(rs.getString(10)), rs.getInt(11), rs.getDate(12).toLocalDate(), rs.getInt(13),
                rs.getInt(14), rs.getInt(15), rs.getString(16), rs.getString(17), instant(rs, 18), instant(rs, 19),
                instant(rs, 20), instant(rs, 21), rs.getLong(22));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
