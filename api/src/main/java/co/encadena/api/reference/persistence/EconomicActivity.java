package co.encadena.api.reference.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A CIIU Rev. 4 A.C. entry: section, division, group or class. */
@Serdeable
@MappedEntity("ciiu_activity")
public record EconomicActivity(@Id String code, String level, String description, @Nullable String parentCode) {
}
