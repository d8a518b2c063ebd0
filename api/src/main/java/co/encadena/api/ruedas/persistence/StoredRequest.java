package co.encadena.api.ruedas.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A meeting request between two firms of a rueda. */
public record StoredRequest(UUID id, UUID requesterId, String requesterName, UUID addresseeId, String addresseeName,
                            String requestedBy, String status, boolean mandatory, String sessionCode,
                            BigDecimal matchScore, String note, Instant createdAt, Instant expiresAt,
                            Instant decidedAt, long version) {

    public boolean live() {
        return "PENDING".equals(status) || "ACCEPTED".equals(status);
    }

    public boolean involves(UUID organization) {
        return requesterId.equals(organization) || addresseeId.equals(organization);
    }

    public UUID other(UUID organization) {
        return requesterId.equals(organization) ? addresseeId : requesterId;
    }
}
