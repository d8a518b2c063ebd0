package co.encadena.matching.scoring;

import co.encadena.matching.certification.SatisfiesRelation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Certifications: a mandatory one counts as held when the supplier holds it, or one that satisfies it (followed
 * transitively: FSSC 22000 ⇒ ISO 22000 ⇒ HACCP), valid on the requirement's date; missing or expired mandatory
 * ones make the supplier ineligible. Preferred ones are a bonus.
 *
 * <p>The factor: share of mandatory ones held × (when preferred ones are listed) {@code 0.5 + 0.5 × p}, where
 * {@code p} is 0 with no preferred one held, else {@code 0.75 + 0.25 × share held}: holding one preferred
 * certification is what separates an exact fit from a weaker one, holding more adds a little.
 */
public final class CertificationPolicy {

    private final SatisfiesRelation satisfies;

    public CertificationPolicy(SatisfiesRelation satisfies) {
        this.satisfies = Objects.requireNonNull(satisfies, "satisfies");
    }

    /**
     * @param value the factor, in [0, 1]
     * @param mandatoryHeld mandatory certifications held and valid on the date
     * @param mandatoryTotal mandatory certifications asked
     * @param preferredHeld preferred codes held and valid, in the requirement's order
     * @param gaps one per mandatory certification missing or expired; empty when eligible on certifications
     */
    public record Assessment(double value, int mandatoryHeld, int mandatoryTotal, List<String> preferredHeld,
                             List<Gap> gaps) {
        public Assessment {
            preferredHeld = List.copyOf(preferredHeld);
            gaps = List.copyOf(gaps);
        }

        /** @return true when every mandatory certification is held and valid */
        public boolean eligible() {
            return gaps.isEmpty();
        }
    }

    /** Assesses {@code supplier} for {@code requirement} with certificates valid on {@code date}. */
    public Assessment assess(Requirement requirement, SupplierProfile supplier, LocalDate date) {
        int held = 0;
        List<Gap> gaps = new ArrayList<>();
        for (String code : requirement.requiredCertifications()) {
            if (holdsValid(supplier, code, date)) {
                held++;
            } else {
                gaps.add(gapFor(supplier, code, date));
            }
        }
        List<String> preferred = new ArrayList<>();
        for (String code : requirement.preferredCertifications()) {
            if (holdsValid(supplier, code, date)) {
                preferred.add(code);
            }
        }
        int total = requirement.requiredCertifications().size();
        double mandatoryShare = total == 0 ? 1.0 : (double) held / total;
        double value = mandatoryShare * preferredBonus(preferred.size(), requirement.preferredCertifications().size());
        return new Assessment(value, held, total, preferred, gaps);
    }

    /** True when the supplier holds {@code code}, or a certification that satisfies it, valid on {@code date}. */
    public boolean holdsValid(SupplierProfile supplier, String code, LocalDate date) {
        for (HeldCertification c : supplier.certifications()) {
            if (satisfies.satisfies(c.code(), code) && c.validOn(date)) {
                return true;
            }
        }
        return false;
    }

    // Missing, or held (directly or through one that satisfies it) but expired on the date: name the latest expiry.
    private Gap gapFor(SupplierProfile supplier, String code, LocalDate date) {
        LocalDate latestExpiry = null;
        for (HeldCertification c : supplier.certifications()) {
            if (satisfies.satisfies(c.code(), code) && c.validUntil() != null
                    && (latestExpiry == null || c.validUntil().isAfter(latestExpiry))) {
                latestExpiry = c.validUntil();
            }
        }
        return latestExpiry == null
                ? Gap.of("gap.certificationMissing", code)
                : Gap.of("gap.certificationExpired", code, latestExpiry, date);
    }

    // One preferred certification held is most of the bonus; more of them add a little.
    private static double preferredBonus(int held, int listed) {
        if (listed == 0) {
            return 1.0;
        }
        double p = held == 0 ? 0 : 0.75 + 0.25 * held / listed;
        return 0.5 + 0.5 * p;
    }
}
