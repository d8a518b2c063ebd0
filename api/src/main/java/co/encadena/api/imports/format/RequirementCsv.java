package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violations;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.Requirement;
import co.encadena.api.requirements.domain.RequirementStatus;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The requirement CSV layout (docs/IMPORT-FORMATS.md): one row per requirement, columns named like the JSON
 * fields ({@code anchor.nit}, {@code inclusionPreferences.pdet}), code lists in one cell separated by "|".
 */
public final class RequirementCsv {

    public static final List<String> REQUIRED = List.of("anchor.nit", "anchor.name", "anchor.type", "externalId", "title");
    public static final List<String> HEADER = List.of("anchor.nit", "anchor.name", "anchor.type", "externalId", "title",
            "description", "valueChain", "link", "ciiu", "unspsc", "requiredCertifications", "preferredCertifications",
            "deliveryMunicipalities", "maxDistanceKm", "quantity", "neededBy", "inclusionPreferences.womenLed",
            "inclusionPreferences.pdet", "inclusionPreferences.popularEconomy", "status");
    private static final Pattern CODE_LIST = Pattern.compile("^(\\w+)\\[\\d+]$");

    private RequirementCsv() {
    }

    /** The records of a requirement CSV. */
    public static java.util.Iterator<Parsed<RequirementDraft>> records(java.io.Reader input) {
        return CsvRecords.records(input, REQUIRED, RequirementCsv::read);
    }

    static Parsed<RequirementDraft> read(CsvHeader h, CSVRecord r, long line) {
        Violations out = new Violations();
        RequirementDraft draft = new RequirementDraft(
                new RequirementDraft.AnchorDraft(CsvCells.text(r, h.column("anchor.nit")),
                        CsvCells.text(r, h.column("anchor.name")), CsvCells.text(r, h.column("anchor.type"))),
                CsvCells.text(r, h.column("externalId")),
                CsvCells.text(r, h.column("title")),
                CsvCells.text(r, h.column("description")),
                CsvCells.text(r, h.column("valueChain")),
                CsvCells.text(r, h.column("link")),
                CsvCells.list(CsvCells.text(r, h.column("ciiu"))),
                CsvCells.list(CsvCells.text(r, h.column("unspsc"))),
                CsvCells.list(CsvCells.text(r, h.column("requiredCertifications"))),
                CsvCells.list(CsvCells.text(r, h.column("preferredCertifications"))),
                CsvCells.list(CsvCells.text(r, h.column("deliveryMunicipalities"))),
                CsvCells.integer(CsvCells.text(r, h.column("maxDistanceKm")), "maxDistanceKm", out),
                CsvCells.text(r, h.column("quantity")),
                CsvCells.date(CsvCells.text(r, h.column("neededBy"))),
                new RequirementDraft.InclusionPreferencesDraft(
                        CsvCells.bool(CsvCells.text(r, h.column("inclusionPreferences.womenLed")), "inclusionPreferences.womenLed", out),
                        CsvCells.bool(CsvCells.text(r, h.column("inclusionPreferences.pdet")), "inclusionPreferences.pdet", out),
                        CsvCells.bool(CsvCells.text(r, h.column("inclusionPreferences.popularEconomy")),
                                "inclusionPreferences.popularEconomy", out)),
                CsvCells.text(r, h.column("status")));
        return new Parsed<>(line, draft, out.list(), RequirementCsv::column);
    }

    /** {@code ciiu[1]} → {@code ciiu}: a code list is one cell. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        return CODE_LIST.matcher(field).matches() ? field.substring(0, field.indexOf('[')) : field;
    }

    /** One row under {@link #HEADER}; every cell protected against formula injection. */
    public static List<String> row(AnchorProfile a, Requirement r, RequirementStatus status) {
        return java.util.stream.Stream.of(a.nit(), a.name(), a.type(), r.externalId(), r.title(),
                        orEmpty(r.description()), orEmpty(r.valueChain()), orEmpty(r.link()), CsvCells.join(r.ciiu()),
                        CsvCells.join(r.unspsc()), CsvCells.join(r.requiredCertifications()),
                        CsvCells.join(r.preferredCertifications()), CsvCells.join(r.deliveryMunicipalities()),
                        r.maxDistanceKm() == null ? "" : r.maxDistanceKm().toString(), orEmpty(r.quantity()),
                        r.neededBy() == null ? "" : r.neededBy().toString(),
                        CsvCells.yesNo(r.inclusionPreferences().womenLed()), CsvCells.yesNo(r.inclusionPreferences().pdet()),
                        CsvCells.yesNo(r.inclusionPreferences().popularEconomy()), status.name())
                .map(CsvCells::neutralize).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
