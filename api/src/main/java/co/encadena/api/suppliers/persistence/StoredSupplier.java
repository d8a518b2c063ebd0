package co.encadena.api.suppliers.persistence;

import co.encadena.api.suppliers.domain.SupplierProfile;
import java.time.Instant;
import java.util.UUID;

/** A stored profile: its id (the organization's), its optimistic-locking version and when it last changed. */
public record StoredSupplier(UUID id, long version, Instant updatedAt, SupplierProfile profile) {
}
