package co.encadena.api.requirements.application;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An anchor company's profile; {@code nit} is its natural key. */
@Serdeable
public record AnchorDetails(UUID id, String nit, String name, String type, long version, Instant updatedAt) {
}
