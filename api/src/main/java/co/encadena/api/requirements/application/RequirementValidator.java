package co.encadena.api.requirements.application;

import co.encadena.api.common.validation.CodePolicy;
import co.encadena.api.common.validation.DatePolicy;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.NitPolicy;
import co.encadena.api.common.validation.PlainTextPolicy;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.Requirement;
import co.encadena.api.requirements.domain.RequirementStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one validator of requirements and anchor profiles, shared by the requirement editor, the JSON Lines
 * import and the CSV import: same rules, same Spanish messages, every violation reported at once.
 */
@Singleton
public class RequirementValidator {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CODES = 20;
    public static final int MAX_DELIVERY = 50;
    public static final int MAX_DISTANCE_KM = 3000;
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/#:\\-]{0,79}");

    private final ReferenceCodes codes;
    private final Clock clock;

    public RequirementValidator(ReferenceCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** A valid requirement, its anchor (null when not asked for) and the status the record asks for (or null). */
    public record Valid(AnchorProfile anchor, Requirement requirement, RequirementStatus status) {
    }

    /** @throws InvalidRecordException with every violation found */
    public Valid validate(RequirementDraft d, boolean anchorRequired) {
        Violations out = new Violations();
        Valid valid = check(d, anchorRequired, out);
        if (!out.isEmpty()) {
            throw new InvalidRecordException(out.list());
        }
        return valid;
    }

    /** @return the valid record when {@code out} stayed empty; otherwise null */
    public Valid check(RequirementDraft d, boolean anchorRequired, Violations out) {
        AnchorProfile anchor = null;
        if (anchorRequired) {
            if (d.anchor() == null) {
                out.add("anchor", "field.required");
            } else {
                anchor = anchor(d.anchor(), out, "anchor.");
            }
        }
        String externalId = externalId(d.externalId(), out);
        String title = PlainTextPolicy.line(out, "title", d.title(), MAX_TITLE, true);
        String description = PlainTextPolicy.paragraph(out, "description", d.description(), MAX_DESCRIPTION, false);
        String chain = CodePolicy.known(out, "valueChain", CodePolicy.normalize(d.valueChain()), codes::valueChain,
                "field.valueChain.unknown", false);
        String link = CodePolicy.known(out, "link", CodePolicy.normalize(d.link()), codes::valueChainLink,
                "field.valueChainLink.unknown", false);
        if (link != null && chain == null && !out.touches("valueChain")) {
            out.add("valueChain", "requirement.linkWithoutChain");
        }
        List<String> ciiu = CodePolicy.knownList(out, "ciiu", d.ciiu(), MAX_CODES, codes::ciiuClass,
                "field.ciiu.unknown", c -> c);
        List<String> unspsc = CodePolicy.knownList(out, "unspsc", d.unspsc(), MAX_CODES, codes::unspsc,
                "field.unspsc.unknown", c -> c);
        List<String> required = CodePolicy.knownList(out, "requiredCertifications", d.requiredCertifications(),
                MAX_CODES, codes::certification, "field.certification.unknown", CodePolicy::normalize);
        List<String> preferred = CodePolicy.knownList(out, "preferredCertifications", d.preferredCertifications(),
                MAX_CODES, codes::certification, "field.certification.unknown", CodePolicy::normalize);
        for (int i = 0; i < preferred.size(); i++) {
            if (required.contains(preferred.get(i))) {
                out.add("preferredCertifications", "requirement.preferredAlsoRequired", preferred.get(i));
            }
        }
        List<String> delivery = CodePolicy.knownList(out, "deliveryMunicipalities", d.deliveryMunicipalities(),
                MAX_DELIVERY, codes::municipality, "field.municipality.unknown", c -> c);
        Integer maxDistance = d.maxDistanceKm();
        if (maxDistance != null && (maxDistance < 1 || maxDistance > MAX_DISTANCE_KM)) {
            out.add("maxDistanceKm", "requirement.maxDistance", MAX_DISTANCE_KM);
            maxDistance = null;
        }
        String quantity = PlainTextPolicy.line(out, "quantity", d.quantity(), MAX_TITLE, false);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BOGOTA);
        LocalDate neededBy = DatePolicy.within(out, "neededBy", d.neededBy(), LocalDate.of(2000, 1, 1), today.plusYears(10));
        Requirement.InclusionPreferences preferences = d.inclusionPreferences() == null
                ? Requirement.InclusionPreferences.NONE
                : new Requirement.InclusionPreferences(Boolean.TRUE.equals(d.inclusionPreferences().womenLed()),
                        Boolean.TRUE.equals(d.inclusionPreferences().pdet()),
                        Boolean.TRUE.equals(d.inclusionPreferences().popularEconomy()));
        String status = CodePolicy.oneOf(out, "status", d.status(),
                new LinkedHashSet<>(Arrays.stream(RequirementStatus.values()).map(Enum::name).toList()), false);
        if (!out.isEmpty()) {
            return null;
        }
        return new Valid(anchor, new Requirement(externalId, title, description, chain, link, ciiu, unspsc, required,
                preferred, delivery, maxDistance, quantity, neededBy, preferences),
                status == null ? null : RequirementStatus.valueOf(status));
    }

    /** An anchor profile on its own (the anchor profile API): NIT, name, type. */
    public AnchorProfile validateAnchor(RequirementDraft.AnchorDraft a) {
        Violations out = new Violations();
        AnchorProfile anchor = anchor(a, out, "");
        if (!out.isEmpty()) {
            throw new InvalidRecordException(out.list());
        }
        return anchor;
    }

    private static AnchorProfile anchor(RequirementDraft.AnchorDraft a, Violations out, String prefix) {
        String nit = NitPolicy.check(out, prefix + "nit", a.nit());
        String name = PlainTextPolicy.line(out, prefix + "name", a.name(), MAX_TITLE, true);
        String type = CodePolicy.oneOf(out, prefix + "type", a.type(), new LinkedHashSet<>(AnchorProfile.TYPES), true);
        return nit == null || name == null || type == null ? null : new AnchorProfile(nit, name, type);
    }

    private static String externalId(String value, Violations out) {
        if (value == null || value.isBlank()) {
            out.add("externalId", "field.required");
            return null;
        }
        String id = value.strip();
        if (!EXTERNAL_ID.matcher(id).matches()) {
            out.add("externalId", "requirement.externalId.format", CodePolicy.abbreviate(id));
            return null;
        }
        return id;
    }
}
