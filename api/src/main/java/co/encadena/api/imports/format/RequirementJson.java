package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violations;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.Requirement;
import co.encadena.api.requirements.domain.RequirementStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code requirements.jsonl} record (FORMATS.md), plus this product's {@code status}: read into a draft,
 * written from a stored requirement.
 */
public final class RequirementJson {

    private RequirementJson() {
    }

    /** The records of a {@code requirements.jsonl} input. */
    public static java.util.Iterator<Parsed<RequirementDraft>> records(java.io.Reader input) {
        return JsonLines.records(new BoundedLineReader(input, JsonLines.MAX_LINE_CHARS), RequirementJson::read);
    }

    public static RequirementDraft read(JsonNode n, Violations out) {
        JsonNode anchor = JsonFields.object(n, "anchor", "anchor", out);
        JsonNode preferences = JsonFields.object(n, "inclusionPreferences", "inclusionPreferences", out);
        return new RequirementDraft(
                anchor == null ? null : new RequirementDraft.AnchorDraft(
                        JsonFields.text(anchor, "nit", "anchor.nit", out),
                        JsonFields.text(anchor, "name", "anchor.name", out),
                        JsonFields.text(anchor, "type", "anchor.type", out)),
                JsonFields.text(n, "externalId", "externalId", out),
                JsonFields.text(n, "title", "title", out),
                JsonFields.text(n, "description", "description", out),
                JsonFields.text(n, "valueChain", "valueChain", out),
                JsonFields.text(n, "link", "link", out),
                JsonFields.texts(n, "ciiu", "ciiu", out),
                JsonFields.texts(n, "unspsc", "unspsc", out),
                JsonFields.texts(n, "requiredCertifications", "requiredCertifications", out),
                JsonFields.texts(n, "preferredCertifications", "preferredCertifications", out),
                JsonFields.texts(n, "deliveryMunicipalities", "deliveryMunicipalities", out),
                JsonFields.integer(n, "maxDistanceKm", "maxDistanceKm", out),
                JsonFields.text(n, "quantity", "quantity", out),
                JsonFields.text(n, "neededBy", "neededBy", out),
                preferences == null ? null : new RequirementDraft.InclusionPreferencesDraft(
                        JsonFields.bool(preferences, "womenLed", "inclusionPreferences.womenLed", out),
                        JsonFields.bool(preferences, "pdet", "inclusionPreferences.pdet", out),
                        JsonFields.bool(preferences, "popularEconomy", "inclusionPreferences.popularEconomy", out)),
                JsonFields.text(n, "status", "status", out));
    }

    /** One line of {@code requirements.jsonl}, fields in the order of FORMATS.md, then {@code status}. */
    public static String write(AnchorProfile anchor, Requirement r, RequirementStatus status) {
        ObjectNode n = JsonLines.MAPPER.createObjectNode();
        n.putObject("anchor").put("nit", anchor.nit()).put("name", anchor.name()).put("type", anchor.type());
        n.put("externalId", r.externalId());
        n.put("title", r.title());
        n.put("description", r.description());
        n.put("valueChain", r.valueChain());
        n.put("link", r.link());
        r.ciiu().forEach(n.putArray("ciiu")::add);
        r.unspsc().forEach(n.putArray("unspsc")::add);
        r.requiredCertifications().forEach(n.putArray("requiredCertifications")::add);
        r.preferredCertifications().forEach(n.putArray("preferredCertifications")::add);
        r.deliveryMunicipalities().forEach(n.putArray("deliveryMunicipalities")::add);
        n.put("maxDistanceKm", r.maxDistanceKm());
        n.put("quantity", r.quantity());
        n.put("neededBy", r.neededBy() == null ? null : r.neededBy().toString());
        n.putObject("inclusionPreferences").put("womenLed", r.inclusionPreferences().womenLed())
                .put("pdet", r.inclusionPreferences().pdet())
                .put("popularEconomy", r.inclusionPreferences().popularEconomy());
        n.put("status", status.name());
        return JsonLines.line(n);
    }
}
