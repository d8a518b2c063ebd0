package co.encadena.api.requirements.application;

import co.encadena.api.common.Actor;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.reference.Territory;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.requirements.domain.Requirement;
import co.encadena.api.requirements.persistence.StoredRequirement;
import jakarta.inject.Singleton;

/** Turns stored requirements into what people see, naming their codes. */
@Singleton
class RequirementViews {

    private final ReferenceCodes codes;
    private final Territory territory;

    RequirementViews(ReferenceCodes codes, Territory territory) {
        this.codes = codes;
        this.territory = territory;
    }

    RequirementDetails details(Actor actor, StoredRequirement s) {
        Requirement r = s.requirement();
        return new RequirementDetails(s.id(), r.externalId(), s.anchor().nit(),
                new RequirementDetails.AnchorView(s.anchorId(), s.anchor().nit(), s.anchor().name(), s.anchor().type()),
                s.status(), s.version(), RequirementAccess.canEdit(actor, s) && s.status().editable(),
                r.title(), r.description(),
                r.valueChain() == null ? null : new RequirementDetails.Coded(r.valueChain(), codes.valueChainName(r.valueChain())),
                r.link() == null ? null : new RequirementDetails.Coded(r.link(), codes.valueChainLinkName(r.link())),
                r.ciiu(), r.unspsc(),
                r.requiredCertifications().stream().map(c -> new RequirementDetails.Coded(c, codes.certificationName(c))).toList(),
                r.preferredCertifications().stream().map(c -> new RequirementDetails.Coded(c, codes.certificationName(c))).toList(),
                r.deliveryMunicipalities().stream().map(this::place).toList(),
                r.maxDistanceKm(), r.quantity(), r.neededBy(),
                new RequirementDetails.InclusionPreferencesView(r.inclusionPreferences().womenLed(),
                        r.inclusionPreferences().pdet(), r.inclusionPreferences().popularEconomy()),
                s.createdAt(), s.updatedAt(), s.openedAt(), s.closedAt());
    }

    RequirementSummary summary(StoredRequirement s) {
        Requirement r = s.requirement();
        return new RequirementSummary(s.id(), r.externalId(), s.anchor().nit(), s.anchor().name(), s.anchor().type(),
                r.title(), s.status(), r.valueChain(), r.link(), r.requiredCertifications(), r.deliveryMunicipalities(),
                r.neededBy(), s.updatedAt());
    }

    private RequirementDetails.Place place(String code) {
        Municipality m = territory.municipality(code).orElse(null);
        String department = code.substring(0, 2);
        String departmentName = codes.departmentNames().getOrDefault(department, department);
        return new RequirementDetails.Place(code, m == null ? code : m.displayName(), department, departmentName);
    }
}
