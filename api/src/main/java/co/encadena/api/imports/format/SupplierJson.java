package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violations;
import co.encadena.api.suppliers.application.SupplierDraft;
import co.encadena.api.suppliers.domain.SupplierProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code suppliers.jsonl} record (FORMATS.md): read into a draft, written from a stored profile. */
public final class SupplierJson {

    private SupplierJson() {
    }

    /** The records of a {@code suppliers.jsonl} input. */
    public static java.util.Iterator<Parsed<SupplierDraft>> records(java.io.Reader input) {
        return JsonLines.records(new BoundedLineReader(input, JsonLines.MAX_LINE_CHARS), SupplierJson::read);
    }

    public static SupplierDraft read(JsonNode n, Violations out) {
        JsonNode inclusion = JsonFields.object(n, "inclusion", "inclusion", out);
        JsonNode contact = JsonFields.object(n, "contact", "contact", out);
        return new SupplierDraft(
                JsonFields.text(n, "nit", "nit", out),
                JsonFields.text(n, "legalName", "legalName", out),
                JsonFields.text(n, "tradeName", "tradeName", out),
                JsonFields.text(n, "size", "size", out),
                JsonFields.bool(n, "popularEconomy", "popularEconomy", out),
                JsonFields.text(n, "municipality", "municipality", out),
                JsonFields.texts(n, "coverage", "coverage", out),
                JsonFields.texts(n, "ciiu", "ciiu", out),
                JsonFields.objects(n, "valueChains", "valueChains", out, (o, at) -> new SupplierDraft.ChainLinkDraft(
                        JsonFields.text(o, "chain", at + ".chain", out), JsonFields.text(o, "link", at + ".link", out))),
                JsonFields.objects(n, "offerings", "offerings", out, (o, at) -> new SupplierDraft.OfferingDraft(
                        JsonFields.text(o, "name", at + ".name", out),
                        JsonFields.text(o, "description", at + ".description", out),
                        JsonFields.text(o, "unspsc", at + ".unspsc", out))),
                JsonFields.objects(n, "certifications", "certifications", out, (o, at) -> new SupplierDraft.CertificationDraft(
                        JsonFields.text(o, "code", at + ".code", out),
                        JsonFields.text(o, "validUntil", at + ".validUntil", out),
                        JsonFields.text(o, "issuer", at + ".issuer", out),
                        JsonFields.text(o, "number", at + ".number", out))),
                inclusion == null ? null : new SupplierDraft.InclusionDraft(
                        JsonFields.bool(inclusion, "womenLed", "inclusion.womenLed", out),
                        JsonFields.text(inclusion, "ethnicGroup", "inclusion.ethnicGroup", out),
                        JsonFields.bool(inclusion, "victims", "inclusion.victims", out),
                        JsonFields.bool(inclusion, "youthLed", "inclusion.youthLed", out)),
                JsonFields.text(n, "description", "description", out),
                contact == null ? null : new SupplierDraft.ContactDraft(
                        JsonFields.text(contact, "name", "contact.name", out),
                        JsonFields.text(contact, "email", "contact.email", out),
                        JsonFields.text(contact, "phone", "contact.phone", out)));
    }

    /** One line of {@code suppliers.jsonl}, fields in the order of FORMATS.md. */
    public static String write(SupplierProfile p) {
        ObjectNode n = JsonLines.MAPPER.createObjectNode();
        n.put("nit", p.nit());
        n.put("legalName", p.legalName());
        n.put("tradeName", p.tradeName());
        n.put("size", p.size());
        n.put("popularEconomy", p.popularEconomy());
        n.put("municipality", p.municipality());
        ArrayNode coverage = n.putArray("coverage");
        Coverage.cells(p).forEach(coverage::add);
        p.ciiu().forEach(n.putArray("ciiu")::add);
        ArrayNode chains = n.putArray("valueChains");
        for (SupplierProfile.ChainLink c : p.valueChains()) {
            chains.addObject().put("chain", c.chain()).put("link", c.link());
        }
        ArrayNode offerings = n.putArray("offerings");
        for (SupplierProfile.Offering o : p.offerings()) {
            offerings.addObject().put("name", o.name()).put("description", o.description()).put("unspsc", o.unspsc());
        }
        ArrayNode certifications = n.putArray("certifications");
        for (SupplierProfile.HeldCertification c : p.certifications()) {
            certifications.addObject().put("code", c.code())
                    .put("validUntil", c.validUntil() == null ? null : c.validUntil().toString())
                    .put("issuer", c.issuer()).put("number", c.number());
        }
        n.putObject("inclusion").put("womenLed", p.inclusion().womenLed())
                .put("ethnicGroup", p.inclusion().ethnicGroup())
                .put("victims", p.inclusion().victims())
                .put("youthLed", p.inclusion().youthLed());
        n.put("description", p.description());
        n.putObject("contact").put("name", p.contact().name()).put("email", p.contact().email())
                .put("phone", p.contact().phone());
        return JsonLines.line(n);
    }
}
