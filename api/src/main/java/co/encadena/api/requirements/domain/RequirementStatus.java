package co.encadena.api.requirements.domain;

/**
 * A requirement's lifecycle: an anchor prepares it ({@code DRAFT}), publishes it ({@code OPEN}: suppliers see
 * it and can be matched to it) and closes it ({@code CLOSED}). It only moves forward.
 */
public enum RequirementStatus {
    DRAFT, OPEN, CLOSED;

    /** Whether a requirement in this state may move to {@code next}. */
    public boolean canMoveTo(RequirementStatus next) {
        return (this == DRAFT && next == OPEN) || (this == OPEN && next == CLOSED);
    }

    /** Draft and open requirements can still be edited; a closed one is history. */
    public boolean editable() {
        return this != CLOSED;
    }
}
