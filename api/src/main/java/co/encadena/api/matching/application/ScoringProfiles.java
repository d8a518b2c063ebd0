package co.encadena.api.matching.application;

import co.encadena.api.reference.Territory;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.search.persistence.SearchDocuments.CertificationRow;
import co.encadena.api.search.persistence.SearchDocuments.OfferingRow;
import co.encadena.api.search.persistence.SearchDocuments.PlaceRow;
import co.encadena.api.search.persistence.SearchDocuments.RequirementRow;
import co.encadena.api.search.persistence.SearchDocuments.SupplierRow;
import co.encadena.matching.scoring.ChainPosition;
import co.encadena.matching.scoring.HeldCertification;
import co.encadena.matching.scoring.InclusionPreferences;
import co.encadena.matching.scoring.InclusionTraits;
import co.encadena.matching.scoring.Offering;
import co.encadena.matching.scoring.Place;
import co.encadena.matching.scoring.Requirement;
import co.encadena.matching.scoring.SupplierProfile;
import co.encadena.matching.territory.GeoPoint;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns stored suppliers and requirements into the scoring model of {@code matching}. */
@Singleton
public final class ScoringProfiles {

    private final Territory territory;

    ScoringProfiles(Territory territory) {
        this.territory = territory;
    }

    public SupplierProfile supplier(SupplierRow s) {
        Set<String> coverage = new LinkedHashSet<>(s.coverage());
        List<ChainPosition> chains = s.chainLinks().stream().map(cl -> {
            String[] parts = cl.split(":", 2);
            return new ChainPosition(parts[0], parts[1]);
        }).toList();
        List<Offering> offerings = s.offerings().stream()
                .map((OfferingRow o) -> new Offering(o.name(), o.description(), o.unspsc())).toList();
        List<HeldCertification> certifications = s.certifications().stream()
                .map((CertificationRow c) -> new HeldCertification(c.code(),
                        c.validUntil() == null ? null : LocalDate.parse(c.validUntil())))
                .toList();
        return new SupplierProfile(s.nit(), s.legalName(), s.tradeName(),
                new Place(s.municipality(), s.department(), new GeoPoint(s.latitude(), s.longitude())), coverage,
                s.national(), chains, offerings, s.description(), s.ciiu(), certifications,
                new InclusionTraits(s.womenLed(), s.ethnicGroup(), s.victims(), s.youthLed(), s.popularEconomy(),
                        s.pdet(), s.zomac()));
    }

    public Requirement requirement(RequirementRow r) {
        List<Place> places = r.delivery().stream()
                .map((PlaceRow p) -> new Place(p.municipality(), p.department(), new GeoPoint(p.latitude(), p.longitude())))
                .toList();
        return new Requirement(r.externalId(), r.anchorNit(), r.title(), r.description(), r.valueChain(), r.link(),
                r.ciiu(), r.unspsc(), r.required(), r.preferred(), places,
                r.maxDistanceKm() == null ? null : r.maxDistanceKm().doubleValue(), r.neededBy(),
                new InclusionPreferences(r.prefersWomenLed(), r.prefersPdet(), r.prefersPopularEconomy()));
    }

    /** Display name of a municipality or department code used in explanations. */
    public String placeName(String code) {
        if (code == null) {
            return "";
        }
        if (code.length() == 5) {
            return territory.municipality(code).map(Municipality::displayName).orElse(code);
        }
        return territory.departmentName(code).orElse(code);
    }
}
