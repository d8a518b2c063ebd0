package co.encadena.api.reference.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A link (eslabón) of a value chain, in chain order: insumos, producción primaria, transformación, … */
@Serdeable
@MappedEntity("value_chain_link")
public record ValueChainLink(@Id String code, String name, String description, int position) {
}
