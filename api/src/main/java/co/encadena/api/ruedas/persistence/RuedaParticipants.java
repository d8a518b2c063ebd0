package co.encadena.api.ruedas.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The firms taking part in a rueda. Runs in the caller's transaction. */
@Singleton
public class RuedaParticipants {

    private static final String SELECT = """
            SELECT p.organization_id, coalesce(o.trade_name, o.legal_name), o.nit, o.kind, p.role, p.status,
                   p.max_meetings, p.sessions, p.unavailable_slots, t.code, m.display_name, m.department_code,
                   coalesce(sp.contact_name, u.full_name), coalesce(sp.contact_email, u.email), sp.contact_phone,
                   p.check_in_code, p.calendar_token, p.version, p.rueda_id
            FROM rueda_participant p
            JOIN organization o ON o.id = p.organization_id
            LEFT JOIN LATERAL (SELECT full_name, email FROM app_user au WHERE au.organization_id = o.id
                               AND au.status = 'ACTIVE' ORDER BY au.created_at LIMIT 1) u ON TRUE
            LEFT JOIN supplier_profile sp ON sp.organization_id = o.id
            LEFT JOIN municipality m ON m.code = sp.municipality_code
            LEFT JOIN rueda_table t ON t.rueda_id = p.rueda_id AND t.owner_org_id = p.organization_id""";

    private final JdbcOperations jdbc;

    public RuedaParticipants(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredParticipant> list(UUID ruedaId) {
        return query(SELECT + " WHERE p.rueda_id = ? ORDER BY p.role, coalesce(o.trade_name, o.legal_name)", ruedaId, null);
    }

    public Optional<StoredParticipant> find(UUID ruedaId, UUID organizationId) {
        return query(SELECT + " WHERE p.rueda_id = ? AND p.organization_id = ?", ruedaId, organizationId).stream().findFirst();
    }

    /** Every participation of one organization, by rueda (one query for a whole list of ruedas). */
    public Map<UUID, StoredParticipant> ofOrganization(UUID organizationId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.organization_id = ?")) {
                ps.setObject(1, organizationId);
                Map<UUID, StoredParticipant> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(19, UUID.class), row(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The participant whose check-in code this is. */
    public Optional<StoredParticipant> byCheckInCode(UUID ruedaId, String code) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.rueda_id = ? AND p.check_in_code = ?")) {
                ps.setObject(1, ruedaId);
                ps.setString(2, code);
                return first(ps);
            }
        });
    }

    /** The rueda and participant of a calendar subscription token. */
    public record FeedOwner(UUID ruedaId, UUID organizationId) {
    }

    public Optional<FeedOwner> byCalendarToken(String token) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rueda_id, organization_id FROM rueda_participant WHERE calendar_token = ?")) {
                ps.setString(1, token);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new FeedOwner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                            : Optional.<FeedOwner>empty();
                }
            }
        });
    }

    private List<StoredParticipant> query(String sql, UUID ruedaId, UUID organizationId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, ruedaId);
                if (organizationId != null) {
                    ps.setObject(2, organizationId);
                }
                List<StoredParticipant> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Optional<StoredParticipant> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    /** Adds a participant (nothing happens when it is already there); true when it was added. */
    public boolean insert(UUID ruedaId, UUID organizationId, String role, String status, Integer maxMeetings,
                          String checkInCode, String calendarToken) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_participant (rueda_id, organization_id, role, status, max_meetings, check_in_code, calendar_token)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rueda_id, organization_id) DO NOTHING""")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, organizationId);
                ps.setString(3, role);
                ps.setString(4, status);
                if (maxMeetings == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setInt(5, maxMeetings);
                }
                ps.setString(6, checkInCode);
                ps.setString(7, calendarToken);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Writes what may change; false when the version is no longer {@code expected}. */
    public boolean update(UUID ruedaId, UUID organizationId, String status, Integer maxMeetings, List<String> sessions,
                          List<String> unavailableSlots, long expected) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_participant SET status = ?, max_meetings = ?, sessions = ?, unavailable_slots = ?,
                      updated_at = now(), version = version + 1
                    WHERE rueda_id = ? AND organization_id = ? AND version = ?""")) {
                ps.setString(1, status);
                if (maxMeetings == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setInt(2, maxMeetings);
                }
                ps.setArray(3, sessions == null || sessions.isEmpty() ? null : c.createArrayOf("text", sessions.toArray()));
                ps.setArray(4, c.createArrayOf("text", unavailableSlots.toArray()));
                ps.setObject(5, ruedaId);
                ps.setObject(6, organizationId);
                ps.setLong(7, expected);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static StoredParticipant row(ResultSet rs) throws SQLException {
        int max = rs.getInt(7);
        Integer maxMeetings = rs.wasNull() ? null : max;
        return new StoredParticipant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), maxMeetings, strings(rs.getArray(8)), strings(rs.getArray(9)),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getLong(18));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
