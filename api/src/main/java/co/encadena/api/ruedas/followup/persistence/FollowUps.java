package co.encadena.api.ruedas.followup.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Outcomes of held meetings, follow-up tasks and next-step notices. Tasks and notices are inserted with
 * {@code ON CONFLICT DO NOTHING}: whoever inserts the row sends its e-mail, so each is sent once however many
 * times (or however concurrently) the job runs. Runs in the caller's transaction.
 */
@Singleton
public class FollowUps {

    /** One side's report on a held meeting. */
    public record Outcome(UUID meetingId, UUID organizationId, String interest, String nextStep, LocalDate nextStepDate,
                          long expectedValueCop, Instant recordedAt) {
    }

    /** A held meeting of a rueda that is over, with the day of the rueda. */
    public record HeldMeeting(UUID meetingId, UUID ruedaId, String ruedaName, LocalDate ruedaDay, UUID partyA, UUID partyB) {
    }

    /** A follow-up task of one side. */
    public record Task(UUID meetingId, UUID organizationId, int milestoneDays, LocalDate dueOn, Instant answeredAt) {
    }

    private final JdbcOperations jdbc;

    public FollowUps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void saveOutcome(UUID meetingId, UUID organizationId, String interest, String nextStep, LocalDate nextStepDate,
                            long value, Instant at, UUID by) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_meeting_outcome (meeting_id, organization_id, interest, next_step, next_step_date,
                      expected_value_cop, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (meeting_id, organization_id) DO UPDATE SET interest = EXCLUDED.interest,
                      next_step = EXCLUDED.next_step, next_step_date = EXCLUDED.next_step_date,
                      expected_value_cop = EXCLUDED.expected_value_cop, recorded_at = EXCLUDED.recorded_at,
                      recorded_by = EXCLUDED.recorded_by, version = rueda_meeting_outcome.version + 1""")) {
                ps.setObject(1, meetingId);
                ps.setObject(2, organizationId);
                ps.setString(3, interest);
                ps.setString(4, nextStep);
                ps.setObject(5, nextStepDate == null ? null : Date.valueOf(nextStepDate), Types.DATE);
                ps.setLong(6, value);
                ps.setTimestamp(7, Timestamp.from(at));
                ps.setObject(8, by);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE rueda_follow_up_task SET answered_at = ?
                    WHERE meeting_id = ? AND organization_id = ? AND answered_at IS NULL""")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setObject(2, meetingId);
                ps.setObject(3, organizationId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The outcomes of a rueda's meetings (every rueda when {@code ruedaId} is null). */
    public List<Outcome> outcomes(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.meeting_id, o.organization_id, o.interest, o.next_step, o.next_step_date, o.expected_value_cop,
                           o.recorded_at
                    FROM rueda_meeting_outcome o JOIN rueda_meeting m ON m.id = o.meeting_id
                    WHERE ?::uuid IS NULL OR m.rueda_id = ?::uuid""")) {
                ps.setObject(1, ruedaId);
                ps.setObject(2, ruedaId);
                List<Outcome> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date d = rs.getDate(5);
                        out.add(new Outcome(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), d == null ? null : d.toLocalDate(), rs.getLong(6),
                                rs.getTimestamp(7).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    /** Held meetings of ruedas that are over (closed or in follow-up). */
    public List<HeldMeeting> heldInFinishedRuedas() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.id, r.id, r.name, r.starts_on, m.party_a, m.party_b
                    FROM rueda_meeting m JOIN rueda r ON r.id = m.rueda_id
                    WHERE m.status = 'HELD' AND r.status IN ('CLOSED', 'FOLLOW_UP')""")) {
                List<HeldMeeting> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HeldMeeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getDate(4).toLocalDate(), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class)));
                    }
                }
                return out;
            }
        });
    }

    /** Creates a task; true when this call created it (and so must send its e-mail). */
    public boolean createTask(UUID meetingId, UUID organizationId, int milestoneDays, LocalDate dueOn, Instant at) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_follow_up_task (meeting_id, organization_id, milestone_days, due_on, requested_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                ps.setObject(1, meetingId);
                ps.setObject(2, organizationId);
                ps.setInt(3, milestoneDays);
                ps.setDate(4, Date.valueOf(dueOn));
                ps.setTimestamp(5, Timestamp.from(at));
                return ps.executeUpdate() == 1;
            }
        });
    }

    public List<Task> tasks(UUID ruedaId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.meeting_id, t.organization_id, t.milestone_days, t.due_on, t.answered_at
                    FROM rueda_follow_up_task t JOIN rueda_meeting m ON m.id = t.meeting_id WHERE m.rueda_id = ?""")) {
                ps.setObject(1, ruedaId);
                List<Task> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp answered = rs.getTimestamp(5);
                        out.add(new Task(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                                rs.getDate(4).toLocalDate(), answered == null ? null : answered.toInstant()));
                    }
                }
                return out;
            }
        });
    }

    /** Records a notice; true when this call recorded it (and so must send it). */
    public boolean recordNotice(UUID meetingId, UUID organizationId, String kind, LocalDate nextStepDate, Instant at,
                                String recipients) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO rueda_follow_up_notice (meeting_id, organization_id, kind, next_step_date, sent_at, recipients)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                ps.setObject(1, meetingId);
                ps.setObject(2, organizationId);
                ps.setString(3, kind);
                ps.setDate(4, Date.valueOf(nextStepDate));
                ps.setTimestamp(5, Timestamp.from(at));
                ps.setString(6, recipients);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Outcomes with a committed next step in ruedas past their day, with the rueda of each. */
    public record NextStep(UUID ruedaId, String ruedaName, Outcome outcome) {
    }

    public List<NextStep> nextSteps() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.id, r.name, o.meeting_id, o.organization_id, o.interest, o.next_step, o.next_step_date,
                           o.expected_value_cop, o.recorded_at
                    FROM rueda_meeting_outcome o JOIN rueda_meeting m ON m.id = o.meeting_id JOIN rueda r ON r.id = m.rueda_id
                    WHERE o.next_step_date IS NOT NULL AND m.status = 'HELD'""")) {
                List<NextStep> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NextStep(rs.getObject(1, UUID.class), rs.getString(2), new Outcome(
                                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                                rs.getDate(7).toLocalDate(), rs.getLong(8), rs.getTimestamp(9).toInstant())));
                    }
                }
                return out;
            }
        });
    }

    /** Active users who should hear about a rueda's follow-up: its organizer's staff, plus administrators. */
    public Set<String> organizerEmails(UUID ruedaId, boolean withAdmins) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT u.email FROM app_user u WHERE u.status = 'ACTIVE' AND (
                      (u.role = 'ORGANIZER' AND u.organization_id = (SELECT organizer_id FROM rueda WHERE id = ?))
                      OR (? AND u.role = 'ADMIN'))""")) {
                ps.setObject(1, ruedaId);
                ps.setBoolean(2, withAdmins);
                return emails(ps);
            }
        });
    }

    private static Set<String> emails(PreparedStatement ps) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
