package co.encadena.api.reference.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A UNSPSC segment (2 digits) or family (4 digits), in Colombia Compra Eficiente's Spanish wording. */
@Serdeable
@MappedEntity("unspsc_code")
public record ProductCategory(@Id String code, String level, String name, @Nullable String parentCode) {
}
