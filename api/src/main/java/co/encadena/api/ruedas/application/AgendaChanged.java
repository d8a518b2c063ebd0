package co.encadena.api.ruedas.application;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the transaction that changed a published agenda; {@link AgendaNotices} e-mails the people
 * concerned once it commits.
 *
 * @param meetingIds the meetings that moved, were added or were cancelled (empty for a publication)
 */
public record AgendaChanged(UUID ruedaId, Change change, List<UUID> meetingIds) {

    /** What happened. */
    public enum Change {
        /** The agenda was published: everyone gets theirs. */
        PUBLISHED,
        /** Meetings were added or moved: both sides get the updated event. */
        UPDATED,
        /** Meetings were cancelled: both sides get the cancellation. */
        CANCELLED
    }

    public AgendaChanged {
        meetingIds = List.copyOf(meetingIds);
    }
}
