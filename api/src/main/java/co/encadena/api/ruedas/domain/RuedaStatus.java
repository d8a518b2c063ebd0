package co.encadena.api.ruedas.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a rueda: {@code DRAFT → REGISTRATION → REQUESTS → SCHEDULING → PUBLISHED → IN_PROGRESS → CLOSED
 * → FOLLOW_UP}. Each step moves forward by one; the organizer may also go back from scheduling to the request
 * phase (to let participants ask for more meetings) and from registration to draft.
 */
public enum RuedaStatus {
    DRAFT, REGISTRATION, REQUESTS, SCHEDULING, PUBLISHED, IN_PROGRESS, CLOSED, FOLLOW_UP;

    private static final Map<RuedaStatus, Set<RuedaStatus>> BACKWARDS = Map.of(
            REGISTRATION, EnumSet.of(DRAFT),
            SCHEDULING, EnumSet.of(REQUESTS));

    /** Whether the organizer may move a rueda from this status to {@code target}. */
    public boolean canMoveTo(RuedaStatus target) {
        if (target.ordinal() == ordinal() + 1) {
            return true;
        }
        return BACKWARDS.getOrDefault(this, Set.of()).contains(target);
    }

    /** Settings (sessions, slots, tables) may change only before the agenda exists. */
    public boolean settingsEditable() {
        return ordinal() <= REQUESTS.ordinal();
    }

    /** Firms may apply and organizers invite until the agenda is generated. */
    public boolean registrationOpen() {
        return this == REGISTRATION || this == REQUESTS;
    }

    /** Participants see the agenda (and its PDF and calendar) once published. */
    public boolean agendaVisibleToParticipants() {
        return ordinal() >= PUBLISHED.ordinal();
    }

    /** The organizer may move, lock, cancel or add meetings. */
    public boolean agendaEditable() {
        return this == SCHEDULING || this == PUBLISHED || this == IN_PROGRESS;
    }

    /** Participants other than the organizer see the rueda at all (a draft is the organizer's own). */
    public boolean visibleToParticipants() {
        return this != DRAFT;
    }
}
