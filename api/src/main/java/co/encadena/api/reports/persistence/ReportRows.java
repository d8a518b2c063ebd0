package co.encadena.api.reports.persistence;

import co.encadena.api.reports.domain.ReportTally;
import co.encadena.api.ruedas.followup.domain.Interest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows reports are counted from: one rueda's, or every rueda past its draft when {@code ruedaId} is null.
 * Also the programme's targets. Runs in the caller's transaction.
 */
@Singleton
public class ReportRows {

    private static final String RUEDAS = "(CASE WHEN ?::uuid IS NULL THEN r.status <> 'DRAFT' ELSE r.id = ?::uuid END)";

    private final JdbcOperations jdbc;

    public ReportRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportTally.Firm> firms(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.id, p.role, o.anchor_type, sp.size, sp.popular_economy, sp.women_led, sp.ethnic_group,
                           sp.victims, d.display_name, mu.pdet, mu.zomac,
                           ARRAY(SELECT DISTINCT v.chain_code FROM supplier_value_chain v WHERE v.organization_id = o.id
                                 ORDER BY v.chain_code)
                    FROM rueda_participant p JOIN rueda r ON r.id = p.rueda_id JOIN organization o ON o.id = p.organization_id
                    LEFT JOIN supplier_profile sp ON sp.organization_id = o.id
                    LEFT JOIN municipality mu ON mu.code = sp.municipality_code
                    LEFT JOIN department d ON d.code = mu.department_code
                    WHERE p.status = 'APPROVED' AND""" + " " + RUEDAS)) {
                bind(ps, ruedaId);
                List<ReportTally.Firm> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean profile = rs.getString(4) != null;
                        out.add(new ReportTally.Firm(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getString(4), profile ? rs.getBoolean(5) : null, profile ? rs.getBoolean(6) : null,
                                rs.getString(7), profile ? rs.getBoolean(8) : null, rs.getString(9),
                                profile ? rs.getBoolean(10) : null, profile ? rs.getBoolean(11) : null, strings(rs.getArray(12))));
                    }
                }
                return out;
            }
        });
    }

    public List<ReportTally.MeetingRow> meetings(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.party_a, m.party_b, m.status FROM rueda_meeting m "
                    + "JOIN rueda r ON r.id = m.rueda_id WHERE " + RUEDAS)) {
                bind(ps, ruedaId);
                List<ReportTally.MeetingRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReportTally.MeetingRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    public List<ReportTally.OutcomeRow> outcomes(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.meeting_id, o.organization_id, o.interest, o.expected_value_cop
                    FROM rueda_meeting_outcome o JOIN rueda_meeting m ON m.id = o.meeting_id JOIN rueda r ON r.id = m.rueda_id
                    WHERE""" + " " + RUEDAS)) {
                bind(ps, ruedaId);
                List<ReportTally.OutcomeRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReportTally.OutcomeRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                Interest.valueOf(rs.getString(3)), rs.getLong(4)));
                    }
                }
                return out;
            }
        });
    }

    /** Requests made (withdrawn ones are not). */
    public int requests(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM rueda_request q JOIN rueda r ON r.id = q.rueda_id "
                    + "WHERE q.status <> 'WITHDRAWN' AND " + RUEDAS)) {
                bind(ps, ruedaId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** How many approved participants of the rueda checked in. */
    public int checkedIn(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM rueda_check_in WHERE rueda_id = ?")) {
                ps.setObject(1, ruedaId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    public Map<String, Long> targets() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT metric, target FROM programme_target ORDER BY metric")) {
                Map<String, Long> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return out;
            }
        });
    }

    public void setTarget(String metric, long target, Instant at, UUID by) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO programme_target (metric, target, updated_at, updated_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (metric) DO UPDATE SET target = EXCLUDED.target, updated_at = EXCLUDED.updated_at,
                      updated_by = EXCLUDED.updated_by""")) {
                ps.setString(1, metric);
                ps.setLong(2, target);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setObject(4, by);
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, UUID ruedaId) throws SQLException {
        ps.setObject(1, ruedaId);
        ps.setObject(2, ruedaId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
