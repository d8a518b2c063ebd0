package co.encadena.api.ruedas.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.encadena.api.ruedas.followup.domain.FollowUpCalendar;
import co.encadena.api.ruedas.followup.domain.FollowUpCalendar.Notice;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpCalendarTest {

    private static final LocalDate COMMITTED = LocalDate.of(2027, 3, 31);

    @Test
    void tasksFallThirtyNinetyAndOneHundredEightyDaysAfterTheRueda() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertEquals(LocalDate.of(2027, 1, 2), FollowUpCalendar.taskDue(day, 30));
        assertEquals(LocalDate.of(2027, 3, 3), FollowUpCalendar.taskDue(day, 90));
        assertEquals(LocalDate.of(2027, 6, 1), FollowUpCalendar.taskDue(day, 180));
    }

    @Test
    void theReminderIsDueFromFifteenDaysBeforeTheCommittedDate() {
        assertEquals(Optional.empty(), FollowUpCalendar.noticeDue(COMMITTED, COMMITTED.minusDays(16)));
        assertEquals(Optional.of(Notice.NEXT_STEP_SOON), FollowUpCalendar.noticeDue(COMMITTED, COMMITTED.minusDays(15)));
        assertEquals(Optional.of(Notice.NEXT_STEP_SOON), FollowUpCalendar.noticeDue(COMMITTED, COMMITTED));
        assertEquals(Optional.empty(), FollowUpCalendar.noticeDue(COMMITTED, COMMITTED.plusDays(1)));
    }

    @Test
    void theOrganizerIsAlertedAMonthAfterTheDateAndEscalatedAfterTwo() {
        assertEquals(Optional.empty(), FollowUpCalendar.noticeDue(COMMITTED, LocalDate.of(2027, 4, 29)));
        assertEquals(Optional.of(Notice.NEXT_STEP_OVERDUE), FollowUpCalendar.noticeDue(COMMITTED, LocalDate.of(2027, 4, 30)));
        assertEquals(Optional.of(Notice.NEXT_STEP_OVERDUE), FollowUpCalendar.noticeDue(COMMITTED, LocalDate.of(2027, 5, 30)));
        assertEquals(Optional.of(Notice.NEXT_STEP_ESCALATED), FollowUpCalendar.noticeDue(COMMITTED, LocalDate.of(2027, 5, 31)));
    }
}
