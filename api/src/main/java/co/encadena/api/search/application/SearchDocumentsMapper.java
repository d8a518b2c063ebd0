package co.encadena.api.search.application;

import co.encadena.api.reference.SatisfiesCatalog;
import co.encadena.api.search.persistence.SearchDocuments.CertificationRow;
import co.encadena.api.search.persistence.SearchDocuments.OfferingRow;
import co.encadena.api.search.persistence.SearchDocuments.PlaceRow;
import co.encadena.api.search.persistence.SearchDocuments.RequirementRow;
import co.encadena.api.search.persistence.SearchDocuments.SupplierRow;
import co.encadena.matching.certification.SatisfiesRelation;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns PostgreSQL rows into index documents. Certifications carry what they cover through the transitive
 * satisfies relation (an FSSC 22000 holder is found when filtering on HACCP); the home department always
 * counts as covered.
 *
 * <p>Certifications are flattened, not nested: {@code certificationValidUntil.<CODE>} holds the latest expiry
 * among the held certifications that cover CODE ({@value #NO_EXPIRY} for none), so "covers X, valid on D" is
 * one range filter. Nested objects would add a hidden Lucene document per certification, which makes the norms
 * of every text field sparse and indexing markedly slower.
 */
@Singleton
public final class SearchDocumentsMapper {

    /** The expiry indexed for a certification that does not expire. */
    public static final String NO_EXPIRY = "9999-12-31";

    private final SatisfiesRelation satisfies;

    SearchDocumentsMapper(SatisfiesCatalog catalog) {
        this.satisfies = catalog.relation();
    }

    public Map<String, Object> supplier(SupplierRow s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", s.id().toString());
        doc.put("nit", s.nit());
        String name = s.tradeName() == null || s.tradeName().isBlank() ? s.legalName() : s.tradeName();
        doc.put("name", name);
        if (!name.equals(s.legalName())) {
            // searched beside the name, which weighs more: the same words twice would only cost indexing time
            doc.put("legalName", s.legalName());
        }
        doc.put("description", s.description());
        List<Map<String, Object>> offerings = new ArrayList<>();
        Set<String> families = new LinkedHashSet<>();
        for (OfferingRow o : s.offerings()) {
            Map<String, Object> offering = new LinkedHashMap<>();
            offering.put("name", o.name());
            offering.put("description", o.description());
            offering.put("unspsc", o.unspsc());
            offerings.add(offering);
            if (o.unspsc() != null && o.unspsc().length() >= 4) {
                families.add(o.unspsc().substring(0, 4));
            }
        }
        doc.put("offerings", offerings);
        doc.put("unspscFamilies", List.copyOf(families));
        doc.put("size", s.size());
        doc.put("popularEconomy", s.popularEconomy());
        doc.put("municipality", s.municipality());
        doc.put("department", s.department());
        doc.put("location", Map.of("lat", s.latitude(), "lon", s.longitude()));
        Set<String> coverage = new LinkedHashSet<>();
        coverage.add(s.department());
        coverage.addAll(s.coverage());
        if (s.national()) {
            coverage.add("CO");
        }
        doc.put("coverage", List.copyOf(coverage));
        doc.put("national", s.national());
        Set<String> chains = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        for (String chainLink : s.chainLinks()) {
            String[] parts = chainLink.split(":", 2);
            chains.add(parts[0]);
            links.add(parts[1]);
        }
        doc.put("chains", List.copyOf(chains));
        doc.put("links", List.copyOf(links));
        doc.put("ciiu", s.ciiu());
        Map<String, String> validUntil = new TreeMap<>();
        for (CertificationRow c : s.certifications()) {
            Set<String> covers = new LinkedHashSet<>();
            covers.add(c.code());
            covers.addAll(satisfies.satisfiedBy(c.code()));
            String until = c.validUntil() == null ? NO_EXPIRY : c.validUntil();
            for (String code : covers) {
                validUntil.merge(code, until, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        Set<String> codes = validUntil.keySet();
        doc.put("certificationValidUntil", validUntil);
        doc.put("certificationCodes", List.copyOf(codes));
        doc.put("womenLed", s.womenLed());
        if (s.ethnicGroup() != null) {
            doc.put("ethnicGroup", s.ethnicGroup());
        }
        doc.put("victims", s.victims());
        doc.put("youthLed", s.youthLed());
        doc.put("pdet", s.pdet());
        doc.put("zomac", s.zomac());
        doc.put("version", s.version());
        return doc;
    }

    public Map<String, Object> requirement(RequirementRow r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", r.id().toString());
        doc.put("anchorId", r.anchorId().toString());
        doc.put("anchorNit", r.anchorNit());
        doc.put("anchorName", r.anchorName());
        doc.put("anchorType", r.anchorType());
        doc.put("externalId", r.externalId());
        doc.put("title", r.title());
        doc.put("description", r.description());
        doc.put("status", r.status());
        doc.put("valueChain", r.valueChain());
        doc.put("link", r.link());
        doc.put("ciiu", r.ciiu());
        doc.put("unspsc", r.unspsc());
        doc.put("unspscFamilies", r.unspsc().stream().filter(u -> u.length() >= 4).map(u -> u.substring(0, 4)).distinct().toList());
        doc.put("requiredCertifications", r.required());
        doc.put("preferredCertifications", r.preferred());
        doc.put("deliveryMunicipalities", r.delivery().stream().map(PlaceRow::municipality).toList());
        doc.put("deliveryDepartments", r.delivery().stream().map(PlaceRow::department).distinct().toList());
        doc.put("deliveryLocations", r.delivery().stream()
                .map(p -> Map.of("lat", p.latitude(), "lon", p.longitude())).toList());
        if (r.maxDistanceKm() != null) {
            doc.put("maxDistanceKm", r.maxDistanceKm());
        }
        doc.put("quantity", r.quantity());
        if (r.neededBy() != null) {
            doc.put("neededBy", r.neededBy().toString());
        }
        doc.put("prefersWomenLed", r.prefersWomenLed());
        doc.put("prefersPdet", r.prefersPdet());
        doc.put("prefersPopularEconomy", r.prefersPopularEconomy());
        doc.put("version", r.version());
        return doc;
    }
}
