package co.encadena.api.reference;

import co.encadena.api.reference.persistence.ReferenceData;
import co.encadena.matching.certification.SatisfiesRelation;
import jakarta.inject.Singleton;

/** The certification "satisfies" relation of the reference data, read once (it changes only with a migration). */
@Singleton
public final class SatisfiesCatalog {

    private final SatisfiesRelation relation;

    SatisfiesCatalog(ReferenceData.Certifications certifications) {
        SatisfiesRelation.Builder builder = SatisfiesRelation.builder();
        for (String edge : certifications.findSatisfiesEdges()) {
            String[] pair = edge.split(" ", 2);
            builder.add(pair[0], pair[1]);
        }
        this.relation = builder.build();
    }

    public SatisfiesRelation relation() {
        return relation;
    }
}
