package co.encadena.api.reference.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A value chain the programme works with (e.g. FARMACEUTICA) and the productive bet it belongs to. */
@Serdeable
@MappedEntity("value_chain")
public record ValueChain(@Id String code, String name, String productiveBet, String source) {
}
