package co.encadena.api.ruedas.persistence;

import java.time.Instant;
import java.util.UUID;

/** A meeting of the agenda: two firms ({@code partyA < partyB}), a slot and a table. */
public record StoredMeeting(UUID id, UUID partyA, UUID partyB, UUID requestId, UUID slotId, String slotCode,
                            UUID tableId, String tableCode, String status, boolean locked, int sequence,
                            Instant updatedAt, long version) {

    /** Scheduled or held: it occupies its seats and table. */
    public boolean live() {
        return "SCHEDULED".equals(status) || "HELD".equals(status);
    }

    public boolean involves(UUID organization) {
        return partyA.equals(organization) || partyB.equals(organization);
    }

    public UUID other(UUID organization) {
        return partyA.equals(organization) ? partyB : partyA;
    }
}
