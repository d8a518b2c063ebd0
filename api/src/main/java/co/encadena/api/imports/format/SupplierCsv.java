package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violations;
import co.encadena.api.suppliers.application.SupplierDraft;
import co.encadena.api.suppliers.domain.SupplierProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The supplier CSV layout (docs/IMPORT-FORMATS.md): one row per supplier, columns named like the JSON
 * fields, code lists in one cell separated by "|", and numbered column groups for value chains, offerings
 * and certifications ({@code offerings.1.name}, {@code offerings.2.name}, …). Errors name the column.
 */
public final class SupplierCsv {

    public static final List<String> REQUIRED = List.of("nit", "legalName", "size", "municipality");
    private static final Pattern INDEXED = Pattern.compile("^(valueChains|offerings|certifications)\\[(\\d+)](.*)$");
    private static final Pattern CODE_LIST = Pattern.compile("^(coverage|ciiu)\\[\\d+]$");

    private SupplierCsv() {
    }

    /** The records of a supplier CSV. */
    public static java.util.Iterator<Parsed<SupplierDraft>> records(java.io.Reader input) {
        return CsvRecords.records(input, REQUIRED, SupplierCsv::read);
    }

    static Parsed<SupplierDraft> read(CsvHeader h, CSVRecord r, long line) {
        Violations out = new Violations();
        Map<String, List<Integer>> numbers = new HashMap<>();
        List<SupplierDraft.ChainLinkDraft> chains = new ArrayList<>();
        h.groups("valueChains").forEach((n, g) -> {
            String chain = CsvCells.text(r, g.get("chain"));
            String link = CsvCells.text(r, g.get("link"));
            if (chain != null || link != null) {
                chains.add(new SupplierDraft.ChainLinkDraft(chain, link));
                numbers.computeIfAbsent("valueChains", k -> new ArrayList<>()).add(n);
            }
        });
        List<SupplierDraft.OfferingDraft> offerings = new ArrayList<>();
        h.groups("offerings").forEach((n, g) -> {
            String name = CsvCells.text(r, g.get("name"));
            String description = CsvCells.text(r, g.get("description"));
            String unspsc = CsvCells.text(r, g.get("unspsc"));
            if (name != null || description != null || unspsc != null) {
                offerings.add(new SupplierDraft.OfferingDraft(name, description, unspsc));
                numbers.computeIfAbsent("offerings", k -> new ArrayList<>()).add(n);
            }
        });
        List<SupplierDraft.CertificationDraft> certifications = new ArrayList<>();
        h.groups("certifications").forEach((n, g) -> {
            String code = CsvCells.text(r, g.get("code"));
            String validUntil = CsvCells.date(CsvCells.text(r, g.get("validuntil")));
            String issuer = CsvCells.text(r, g.get("issuer"));
            String number = CsvCells.text(r, g.get("number"));
            if (code != null || validUntil != null || issuer != null || number != null) {
                certifications.add(new SupplierDraft.CertificationDraft(code, validUntil, issuer, number));
                numbers.computeIfAbsent("certifications", k -> new ArrayList<>()).add(n);
            }
        });
        SupplierDraft draft = new SupplierDraft(
                CsvCells.text(r, h.column("nit")),
                CsvCells.text(r, h.column("legalName")),
                CsvCells.text(r, h.column("tradeName")),
                CsvCells.text(r, h.column("size")),
                CsvCells.bool(CsvCells.text(r, h.column("popularEconomy")), "popularEconomy", out),
                CsvCells.text(r, h.column("municipality")),
                CsvCells.list(CsvCells.text(r, h.column("coverage"))),
                CsvCells.list(CsvCells.text(r, h.column("ciiu"))),
                chains, offerings, certifications,
                new SupplierDraft.InclusionDraft(
                        CsvCells.bool(CsvCells.text(r, h.column("inclusion.womenLed")), "inclusion.womenLed", out),
                        CsvCells.text(r, h.column("inclusion.ethnicGroup")),
                        CsvCells.bool(CsvCells.text(r, h.column("inclusion.victims")), "inclusion.victims", out),
                        CsvCells.bool(CsvCells.text(r, h.column("inclusion.youthLed")), "inclusion.youthLed", out)),
                CsvCells.text(r, h.column("description")),
                new SupplierDraft.ContactDraft(
                        CsvCells.text(r, h.column("contact.name")),
                        CsvCells.text(r, h.column("contact.email")),
                        CsvCells.text(r, h.column("contact.phone"))));
        return new Parsed<>(line, draft, out.list(), field -> column(field, numbers));
    }

    /** {@code offerings[1].name} → {@code offerings.3.name} (the row's second filled group), {@code ciiu[1]} → {@code ciiu}. */
    static String column(String field, Map<String, List<Integer>> numbers) {
        if (field == null) {
            return null;
        }
        if (CODE_LIST.matcher(field).matches()) {
            return field.substring(0, field.indexOf('['));
        }
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            List<Integer> groups = numbers.getOrDefault(m.group(1), List.of());
            int index = Integer.parseInt(m.group(2));
            int number = index < groups.size() ? groups.get(index) : index + 1;
            return m.group(1) + "." + number + m.group(3);
        }
        return field;
    }

    /** The header for an export whose longest lists have these lengths (at least one group each). */
    public static List<String> header(int chains, int offerings, int certifications) {
        List<String> names = new ArrayList<>(List.of("nit", "legalName", "tradeName", "size", "popularEconomy",
                "municipality", "coverage", "ciiu"));
        for (int i = 1; i <= Math.max(chains, 1); i++) {
            names.add("valueChains." + i + ".chain");
            names.add("valueChains." + i + ".link");
        }
        for (int i = 1; i <= Math.max(offerings, 1); i++) {
            names.add("offerings." + i + ".name");
            names.add("offerings." + i + ".description");
            names.add("offerings." + i + ".unspsc");
        }
        for (int i = 1; i <= Math.max(certifications, 1); i++) {
            names.add("certifications." + i + ".code");
            names.add("certifications." + i + ".validUntil");
            names.add("certifications." + i + ".issuer");
            names.add("certifications." + i + ".number");
        }
        names.addAll(List.of("inclusion.womenLed", "inclusion.ethnicGroup", "inclusion.victims", "inclusion.youthLed",
                "description", "contact.name", "contact.email", "contact.phone"));
        return names;
    }

    /** One row under {@link #header}; every cell protected against formula injection. */
    public static List<String> row(SupplierProfile p, int chains, int offerings, int certifications) {
        List<String> cells = new ArrayList<>(List.of(p.nit(), p.legalName(), orEmpty(p.tradeName()), p.size(),
                CsvCells.yesNo(p.popularEconomy()), p.municipality(), CsvCells.join(Coverage.cells(p)),
                CsvCells.join(p.ciiu())));
        for (int i = 0; i < Math.max(chains, 1); i++) {
            SupplierProfile.ChainLink c = i < p.valueChains().size() ? p.valueChains().get(i) : null;
            cells.add(c == null ? "" : c.chain());
            cells.add(c == null ? "" : c.link());
        }
        for (int i = 0; i < Math.max(offerings, 1); i++) {
            SupplierProfile.Offering o = i < p.offerings().size() ? p.offerings().get(i) : null;
            cells.add(o == null ? "" : o.name());
            cells.add(o == null ? "" : orEmpty(o.description()));
            cells.add(o == null ? "" : orEmpty(o.unspsc()));
        }
        for (int i = 0; i < Math.max(certifications, 1); i++) {
            SupplierProfile.HeldCertification k = i < p.certifications().size() ? p.certifications().get(i) : null;
            cells.add(k == null ? "" : k.code());
            cells.add(k == null || k.validUntil() == null ? "" : k.validUntil().toString());
            cells.add(k == null ? "" : orEmpty(k.issuer()));
            cells.add(k == null ? "" : orEmpty(k.number()));
        }
        cells.add(CsvCells.yesNo(p.inclusion().womenLed()));
        cells.add(orEmpty(p.inclusion().ethnicGroup()));
        cells.add(CsvCells.yesNo(p.inclusion().victims()));
        cells.add(CsvCells.yesNo(p.inclusion().youthLed()));
        cells.add(orEmpty(p.description()));
        cells.add(orEmpty(p.contact().name()));
        cells.add(orEmpty(p.contact().email()));
        cells.add(orEmpty(p.contact().phone()));
        return cells.stream().map(CsvCells::neutralize).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
