package co.encadena.api.suppliers.application;

import co.encadena.api.common.validation.CodePolicy;
import co.encadena.api.common.validation.ContactPolicy;
import co.encadena.api.common.validation.DatePolicy;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.NitPolicy;
import co.encadena.api.common.validation.PlainTextPolicy;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.suppliers.domain.SupplierProfile;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one validator of supplier profiles, shared by the profile API, the JSON Lines import and the CSV
 * import, so a rule and its Spanish message are the same everywhere. It checks every field (reporting all
 * violations at once) and returns the canonical profile.
 */
@Singleton
public class SupplierValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_OFFERING_DESCRIPTION = 1000;
    public static final int MAX_CODES = 10;
    public static final int MAX_CHAINS = 10;
    public static final int MAX_OFFERINGS = 50;
    public static final int MAX_CERTIFICATIONS = 30;
    public static final int MAX_COVERAGE = 34;
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final ReferenceCodes codes;
    private final Clock clock;

    public SupplierValidator(ReferenceCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** @throws InvalidRecordException with every violation found */
    public SupplierProfile validate(SupplierDraft d) {
        Violations out = new Violations();
        SupplierProfile profile = check(d, out);
        if (!out.isEmpty()) {
            throw new InvalidRecordException(out.list());
        }
        return profile;
    }

    /** @return the profile when {@code out} stayed empty; otherwise a partial result to be discarded */
    public SupplierProfile check(SupplierDraft d, Violations out) {
        String nit = NitPolicy.check(out, "nit", d.nit());
        String legalName = PlainTextPolicy.line(out, "legalName", d.legalName(), MAX_NAME, true);
        String tradeName = PlainTextPolicy.line(out, "tradeName", d.tradeName(), MAX_NAME, false);
        String size = CodePolicy.oneOf(out, "size", d.size(), new LinkedHashSet<>(SupplierProfile.SIZES), true);
        String municipality = CodePolicy.known(out, "municipality", d.municipality(), codes::municipality,
                "field.municipality.unknown", true);
        // the home department is always covered and goes first, as the supplier's own place
        boolean national = false;
        List<String> coverage = new ArrayList<>();
        if (municipality != null) {
            coverage.add(municipality.substring(0, 2));
        }
        List<String> givenCoverage = d.coverage() == null ? List.of() : d.coverage();
        if (givenCoverage.stream().anyMatch(c -> c != null && "CO".equalsIgnoreCase(c.strip()))) {
            national = true;
        }
        List<String> departments = CodePolicy.knownList(out, "coverage", givenCoverage, MAX_COVERAGE,
                c -> "CO".equals(c) || codes.department(c), "field.department.unknown", c -> c.toUpperCase(Locale.ROOT));
        for (String department : departments) {
            if (!"CO".equals(department) && !coverage.contains(department)) {
                coverage.add(department);
            }
        }
        List<String> ciiu = CodePolicy.knownList(out, "ciiu", d.ciiu(), MAX_CODES, codes::ciiuClass,
                "field.ciiu.unknown", c -> c);
        List<SupplierProfile.ChainLink> chains = chains(d.valueChains(), out);
        List<SupplierProfile.Offering> offerings = offerings(d.offerings(), out);
        List<SupplierProfile.HeldCertification> certifications = certifications(d.certifications(), out);
        SupplierProfile.Inclusion inclusion = inclusion(d.inclusion(), out);
        String description = PlainTextPolicy.paragraph(out, "description", d.description(), MAX_DESCRIPTION, false);
        SupplierProfile.Contact contact = contact(d.contact(), out);
        if (!out.isEmpty()) {
            return null;
        }
        return new SupplierProfile(nit, legalName, tradeName, size, Boolean.TRUE.equals(d.popularEconomy()),
                municipality, national, coverage, ciiu, chains, offerings, certifications, inclusion, description, contact);
    }

    private List<SupplierProfile.ChainLink> chains(List<SupplierDraft.ChainLinkDraft> given, Violations out) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_CHAINS) {
            out.add("valueChains", "field.tooMany", MAX_CHAINS, given.size());
            return List.of();
        }
        List<SupplierProfile.ChainLink> result = new ArrayList<>();
        Set<SupplierProfile.ChainLink> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "valueChains[" + i + "]";
            SupplierDraft.ChainLinkDraft c = given.get(i);
            if (c == null) {
                out.add(at, "field.required");
                continue;
            }
            String chain = CodePolicy.known(out, at + ".chain", CodePolicy.normalize(c.chain()), codes::valueChain,
                    "field.valueChain.unknown", true);
            String link = CodePolicy.known(out, at + ".link", CodePolicy.normalize(c.link()), codes::valueChainLink,
                    "field.valueChainLink.unknown", true);
            if (chain != null && link != null) {
                SupplierProfile.ChainLink pair = new SupplierProfile.ChainLink(chain, link);
                if (!seen.add(pair)) {
                    out.add(at, "field.repeated", chain + " / " + link);
                } else {
                    result.add(pair);
                }
            }
        }
        return result;
    }

    private List<SupplierProfile.Offering> offerings(List<SupplierDraft.OfferingDraft> given, Violations out) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_OFFERINGS) {
            out.add("offerings", "field.tooMany", MAX_OFFERINGS, given.size());
            return List.of();
        }
        List<SupplierProfile.Offering> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "offerings[" + i + "]";
            SupplierDraft.OfferingDraft o = given.get(i);
            if (o == null) {
                out.add(at, "field.required");
                continue;
            }
            String name = PlainTextPolicy.line(out, at + ".name", o.name(), MAX_NAME, true);
            String description = PlainTextPolicy.paragraph(out, at + ".description", o.description(),
                    MAX_OFFERING_DESCRIPTION, false);
            String unspsc = CodePolicy.known(out, at + ".unspsc", o.unspsc(), codes::unspsc, "field.unspsc.unknown", false);
            result.add(new SupplierProfile.Offering(name, description, unspsc));
        }
        return result;
    }

    private List<SupplierProfile.HeldCertification> certifications(List<SupplierDraft.CertificationDraft> given,
                                                                   Violations out) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_CERTIFICATIONS) {
            out.add("certifications", "field.tooMany", MAX_CERTIFICATIONS, given.size());
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), BOGOTA);
        List<SupplierProfile.HeldCertification> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "certifications[" + i + "]";
            SupplierDraft.CertificationDraft c = given.get(i);
            if (c == null) {
                out.add(at, "field.required");
                continue;
            }
            String code = CodePolicy.known(out, at + ".code", CodePolicy.normalize(c.code()), codes::certification,
                    "field.certification.unknown", true);
            if (code != null && !seen.add(code)) {
                out.add(at + ".code", "field.repeated", code);
            }
            // an expired certificate is a fact worth keeping (it is shown as expired); a date decades away is a typo
            LocalDate validUntil = DatePolicy.within(out, at + ".validUntil", c.validUntil(),
                    LocalDate.of(1990, 1, 1), today.plusYears(30));
            String issuer = PlainTextPolicy.line(out, at + ".issuer", c.issuer(), MAX_NAME, false);
            String number = PlainTextPolicy.line(out, at + ".number", c.number(), 100, false);
            result.add(new SupplierProfile.HeldCertification(code, validUntil, issuer, number));
        }
        return result;
    }

    private static SupplierProfile.Inclusion inclusion(SupplierDraft.InclusionDraft i, Violations out) {
        if (i == null) {
            return SupplierProfile.Inclusion.NONE;
        }
        String ethnic = CodePolicy.oneOf(out, "inclusion.ethnicGroup", i.ethnicGroup(),
                new LinkedHashSet<>(SupplierProfile.ETHNIC_GROUPS), false);
        return new SupplierProfile.Inclusion(Boolean.TRUE.equals(i.womenLed()), ethnic,
                Boolean.TRUE.equals(i.victims()), Boolean.TRUE.equals(i.youthLed()));
    }

    private static SupplierProfile.Contact contact(SupplierDraft.ContactDraft c, Violations out) {
        if (c == null) {
            return SupplierProfile.Contact.NONE;
        }
        return new SupplierProfile.Contact(
                PlainTextPolicy.line(out, "contact.name", c.name(), MAX_NAME, false),
                ContactPolicy.email(out, "contact.email", c.email()),
                ContactPolicy.phone(out, "contact.phone", c.phone()));
    }
}
