package co.encadena.api.audit.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** One security-relevant action: who, what, on what, from where, when. Never passwords or tokens. */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue @Nullable Long id, Instant occurredAt, String action,
                         @Nullable UUID actorUserId, @Nullable String actorEmail, @Nullable String target,
                         @Nullable String ipAddress, @Nullable String details) {
}
