package co.encadena.api.reference;

import co.encadena.api.reference.persistence.Certification;
import co.encadena.api.reference.persistence.Department;
import co.encadena.api.reference.persistence.EconomicActivity;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.reference.persistence.ProductCategory;
import co.encadena.api.reference.persistence.ReferenceData;
import co.encadena.api.reference.persistence.ValueChain;
import co.encadena.api.reference.persistence.ValueChainLink;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which codes exist (DIVIPOLA, CIIU, UNSPSC, value chains and links, certifications), held in memory so that
 * validating a 100,000-line import asks the database nothing per field. Reference data only changes with a
 * migration, i.e. with a restart.
 */
@Context
public final class ReferenceCodes {

    private static final Pattern UNSPSC = Pattern.compile("\\d{8}");

    private final Set<String> municipalities;
    private final Map<String, String> departments;
    private final Set<String> ciiuClasses;
    private final Set<String> unspscFamilies = new HashSet<>();
    private final Set<String> unspscSegments = new HashSet<>();
    private final Map<String, String> chains;
    private final Map<String, String> links;
    private final Map<String, String> certifications;

    @Inject
    ReferenceCodes(ReferenceData.Municipalities municipalityRows, ReferenceData.Departments departmentRows,
                   ReferenceData.EconomicActivities activities, ReferenceData.ProductCategories categories,
                   ReferenceData.ValueChains chainRows, ReferenceData.ValueChainLinks linkRows,
                   ReferenceData.Certifications certificationRows) {
        this(municipalityRows.findAllOrderByCode().stream().map(Municipality::code).collect(Collectors.toSet()),
                departmentRows.findAllOrderByCode().stream().collect(Collectors.toMap(Department::code,
                        Department::displayName, (a, b) -> a, LinkedHashMap::new)),
                activities.findByLevelOrderByCode("class").stream().map(EconomicActivity::code).collect(Collectors.toSet()),
                categories.findAllOrderByCode().stream().map(ProductCategory::code).collect(Collectors.toSet()),
                chainRows.findAllOrderByCode().stream().collect(Collectors.toMap(ValueChain::code, ValueChain::name,
                        (a, b) -> a, LinkedHashMap::new)),
                linkRows.findAllOrderByPosition().stream().collect(Collectors.toMap(ValueChainLink::code,
                        ValueChainLink::name, (a, b) -> a, LinkedHashMap::new)),
                certificationRows.findAllOrderByCode().stream().collect(Collectors.toMap(Certification::code,
                        Certification::name, (a, b) -> a, LinkedHashMap::new)));
    }

    /**
     * From the code lists themselves (tests build it from the reference CSV files).
     *
     * @param unspscCategories UNSPSC segments (2 digits) and families (4 digits)
     */
    public ReferenceCodes(Set<String> municipalities, Map<String, String> departments, Set<String> ciiuClasses,
                          Set<String> unspscCategories, Map<String, String> chains, Map<String, String> links,
                          Map<String, String> certifications) {
        this.municipalities = Set.copyOf(municipalities);
        this.departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        this.ciiuClasses = Set.copyOf(ciiuClasses);
        for (String code : unspscCategories) {
            (code.length() == 4 ? unspscFamilies : unspscSegments).add(code);
        }
        this.chains = Collections.unmodifiableMap(new LinkedHashMap<>(chains));
        this.links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        this.certifications = Collections.unmodifiableMap(new LinkedHashMap<>(certifications));
    }

    /** A 5-digit DIVIPOLA municipality code. */
    public boolean municipality(String code) {
        return municipalities.contains(code);
    }

    /** A 2-digit DIVIPOLA department code. */
    public boolean department(String code) {
        return departments.containsKey(code);
    }

    /** A CIIU Rev. 4 A.C. class (4 digits), the level at which companies register their activities. */
    public boolean ciiuClass(String code) {
        return ciiuClasses.contains(code);
    }

    /**
     * An 8-digit UNSPSC code whose segment and family exist. The reference data stops at the family (the
     * level Colombia Compra Eficiente publishes in Spanish), so class and commodity digits are not checked.
     */
    public boolean unspsc(String code) {
        return code != null && UNSPSC.matcher(code).matches()
                && unspscSegments.contains(code.substring(0, 2)) && unspscFamilies.contains(code.substring(0, 4));
    }

    public boolean valueChain(String code) {
        return chains.containsKey(code);
    }

    public boolean valueChainLink(String code) {
        return links.containsKey(code);
    }

    public boolean certification(String code) {
        return certifications.containsKey(code);
    }

    /** Department code → display name ("Bogotá, D.C."), in code order. */
    public Map<String, String> departmentNames() {
        return departments;
    }

    public String certificationName(String code) {
        return certifications.getOrDefault(code, code);
    }

    public String valueChainName(String code) {
        return chains.getOrDefault(code, code);
    }

    public String valueChainLinkName(String code) {
        return links.getOrDefault(code, code);
    }
}
