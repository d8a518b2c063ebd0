package co.encadena.api.reference.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A DIVIPOLA municipality (or non-municipalised area) with the cabecera's coordinates and its PDET and
 * ZOMAC flags.
 */
@Serdeable
@MappedEntity("municipality")
public record Municipality(@Id String code, String departmentCode, String name, String displayName,
                           double latitude, double longitude, String kind, boolean pdet,
                           @Nullable String pdetSubregion, boolean zomac) {
}
