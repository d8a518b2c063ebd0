package co.encadena.api.suppliers.application;

import co.encadena.api.common.Messages;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.reference.Territory;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.suppliers.domain.CertificationExpiry;
import co.encadena.api.suppliers.domain.ProfileCompleteness;
import co.encadena.api.suppliers.domain.SupplierProfile;
import co.encadena.api.suppliers.persistence.EvidenceDocuments;
import co.encadena.api.suppliers.persistence.StoredSupplier;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Turns stored profiles into what people see, adding the derived facts (place, completeness, expiry). */
@Singleton
class SupplierViews {

    private final Territory territory;
    private final ReferenceCodes codes;
    private final Messages messages;
    private final Clock clock;

    SupplierViews(Territory territory, ReferenceCodes codes, Messages messages, Clock clock) {
        this.territory = territory;
        this.codes = codes;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SupplierValidator.BOGOTA);
    }

    SupplierDetails details(StoredSupplier stored, Map<String, EvidenceDocuments.Evidence> evidence) {
        SupplierProfile p = stored.profile();
        LocalDate today = today();
        List<SupplierDetails.CertificationView> certifications = p.certifications().stream().map(c -> {
            CertificationExpiry.Expiry expiry = CertificationExpiry.on(c.validUntil(), today);
            EvidenceDocuments.Evidence e = evidence.get(c.code());
            return new SupplierDetails.CertificationView(c.code(), codes.certificationName(c.code()), c.validUntil(),
                    c.issuer(), c.number(), expiry.status(), expiry.daysLeft(),
                    e == null ? null : new SupplierDetails.EvidenceView(e.mediaType(), e.sizeBytes(), e.originalName(), e.uploadedAt()));
        }).toList();
        ProfileCompleteness.Completeness completeness = ProfileCompleteness.of(p);
        return new SupplierDetails(stored.id(), stored.version(), stored.updatedAt(), p.nit(), p.legalName(),
                p.tradeName(), p.size(), p.popularEconomy(), p.municipality(), place(p.municipality()),
                p.nationalCoverage(), p.coverage(), p.ciiu(), chains(p),
                p.offerings().stream().map(o -> new SupplierDetails.OfferingView(o.name(), o.description(), o.unspsc())).toList(),
                certifications,
                inclusion(p),
                p.description(),
                new SupplierDetails.ContactView(p.contact().name(), p.contact().email(), p.contact().phone()),
                new SupplierDetails.CompletenessView(completeness.percent(), completeness.missing().stream()
                        .map(f -> new SupplierDetails.MissingField(f, messages.get("supplier.field." + f))).toList()));
    }

    SupplierSummary summary(StoredSupplier stored) {
        SupplierProfile p = stored.profile();
        LocalDate today = today();
        return new SupplierSummary(stored.id(), p.nit(), p.legalName(), p.tradeName(), p.size(), p.popularEconomy(),
                place(p.municipality()), chains(p),
                p.certifications().stream().map(c -> new SupplierSummary.CertificationState(c.code(), c.validUntil(),
                        CertificationExpiry.on(c.validUntil(), today).status())).toList(),
                inclusion(p), ProfileCompleteness.of(p).percent(), stored.updatedAt());
    }

    private SupplierDetails.Place place(String municipalityCode) {
        Municipality m = territory.municipality(municipalityCode).orElse(null);
        String department = municipalityCode.substring(0, 2);
        String departmentName = codes.departmentNames().getOrDefault(department, department);
        if (m == null) {
            return new SupplierDetails.Place(municipalityCode, municipalityCode, department, departmentName, false, false);
        }
        return new SupplierDetails.Place(m.code(), m.displayName(), m.departmentCode(), departmentName, m.pdet(), m.zomac());
    }

    private List<SupplierDetails.ChainLinkView> chains(SupplierProfile p) {
        return p.valueChains().stream().map(c -> new SupplierDetails.ChainLinkView(c.chain(),
                codes.valueChainName(c.chain()), c.link(), codes.valueChainLinkName(c.link()))).toList();
    }

    private static SupplierDetails.InclusionView inclusion(SupplierProfile p) {
        SupplierProfile.Inclusion i = p.inclusion();
        return new SupplierDetails.InclusionView(i.womenLed(), i.ethnicGroup(), i.victims(), i.youthLed());
    }
}
