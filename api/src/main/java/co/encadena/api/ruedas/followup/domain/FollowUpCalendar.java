package co.encadena.api.ruedas.followup.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When follow-up happens. Each side of a held meeting is asked for its outcome 30, 90 and 180 days after the
 * rueda; a committed next step is reminded 15 days before its date, flagged to the organizer one month after
 * the date passes, and escalated after two months. Only the most advanced notice due is sent: a reminder
 * arriving after the date would only confuse.
 */
public final class FollowUpCalendar {

    /** Days after the rueda at which each side is asked for its outcome. */
    public static final List<Integer> MILESTONES = List.of(30, 90, 180);
    public static final int REMINDER_DAYS_BEFORE = 15;

    /** The reminders about a committed next step. */
    public enum Notice { NEXT_STEP_SOON, NEXT_STEP_OVERDUE, NEXT_STEP_ESCALATED }

    private FollowUpCalendar() {
    }

    public static LocalDate taskDue(LocalDate ruedaDay, int milestoneDays) {
        return ruedaDay.plusDays(milestoneDays);
    }

    /** The notice due on {@code today} for a next step committed for {@code date}, if any. */
    public static Optional<Notice> noticeDue(LocalDate date, LocalDate today) {
        if (!today.isBefore(date.plusMonths(2))) {
            return Optional.of(Notice.NEXT_STEP_ESCALATED);
        }
        if (!today.isBefore(date.plusMonths(1))) {
            return Optional.of(Notice.NEXT_STEP_OVERDUE);
        }
        if (!today.isBefore(date.minusDays(REMINDER_DAYS_BEFORE)) && !today.isAfter(date)) {
            return Optional.of(Notice.NEXT_STEP_SOON);
        }
        return Optional.empty();
    }
}
