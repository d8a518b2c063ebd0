package co.encadena.api.reference.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A DIVIPOLA department: official name, display name, region and a representative point. */
@Serdeable
@MappedEntity("department")
public record Department(@Id String code, String name, String displayName, String region,
                         double latitude, double longitude) {
}
