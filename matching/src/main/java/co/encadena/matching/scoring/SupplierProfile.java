package co.encadena.matching.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A supplier as the scoring needs it (the import format of {@code spec/FORMATS.md}, resolved against the
 * reference data by the caller).
 *
 * @param nit NIT with check digit, the natural key
 * @param name legal name
 * @param tradeName trade name, may be null
 * @param home the supplier's municipality (code, department, centroid)
 * @param coverage department codes it delivers to; the home department always counts even when absent
 * @param nationalCoverage it delivers to the whole country ({@code "CO"})
 * @param chains value-chain positions
 * @param offerings products and services
 * @param description free text, may be empty
 * @param ciiu CIIU classes (4 digits)
 * @param certifications held certifications with their expiry
 * @param inclusion differential-approach attributes
 */
public record SupplierProfile(String nit, String name, String tradeName, Place home, Set<String> coverage,
                              boolean nationalCoverage, List<ChainPosition> chains, List<Offering> offerings,
                              String description, List<String> ciiu, List<HeldCertification> certifications,
                              InclusionTraits inclusion) {
    public SupplierProfile {
        Objects.requireNonNull(nit, "nit");
        Objects.requireNonNull(home, "home");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        coverage = coverage == null ? Set.of() : Set.copyOf(coverage);
        chains = chains == null ? List.of() : List.copyOf(chains);
        offerings = offerings == null ? List.of() : List.copyOf(offerings);
        ciiu = ciiu == null ? List.of() : List.copyOf(ciiu);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        inclusion = inclusion == null ? InclusionTraits.NONE : inclusion;
    }

    /** @return true when it delivers to {@code department}: national coverage, its home, or listed */
    public boolean covers(String department) {
        return nationalCoverage || home.department().equals(department) || coverage.contains(department);
    }
}
