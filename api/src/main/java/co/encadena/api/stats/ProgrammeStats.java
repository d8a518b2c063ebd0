package co.encadena.api.stats;

import io.micronaut.serde.annotation.Serdeable;

/** The programme's headline figures, shown on the home page. */
@Serdeable
public record ProgrammeStats(long suppliers, long anchors, long requirements, long openRequirements,
                             long ruedas, long departmentsCovered) {
}
