package co.encadena.api.reference.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A certification, sanitary permit, registration or seal a requirement can ask for. */
@Serdeable
@MappedEntity("certification")
public record Certification(@Id String code, String name, String kind, String issuer,
                            @TypeDef(type = DataType.STRING_ARRAY) List<String> typicalChains) {
}
