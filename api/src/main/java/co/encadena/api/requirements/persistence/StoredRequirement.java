package co.encadena.api.requirements.persistence;

import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.Requirement;
import co.encadena.api.requirements.domain.RequirementStatus;
import java.time.Instant;
import java.util.UUID;

/** A stored requirement with its anchor, lifecycle state and optimistic-locking version. */
public record StoredRequirement(UUID id, UUID anchorId, AnchorProfile anchor, RequirementStatus status, long version,
                                Instant createdAt, Instant updatedAt, Instant openedAt, Instant closedAt,
                                Requirement requirement) {
}
