package co.encadena.matching.eval;

import co.encadena.matching.certification.SatisfiesRelation;
import co.encadena.matching.scoring.ChainPosition;
import co.encadena.matching.scoring.HeldCertification;
import co.encadena.matching.scoring.InclusionPreferences;
import co.encadena.matching.scoring.InclusionTraits;
import co.encadena.matching.scoring.Offering;
import co.encadena.matching.scoring.Place;
import co.encadena.matching.scoring.Places;
import co.encadena.matching.scoring.Requirement;
import co.encadena.matching.scoring.SupplierProfile;
import co.encadena.matching.territory.GeoPoint;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import com.grack.nanojson.JsonParserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judged set read from disk in the import formats of {@code spec/FORMATS.md}, resolved against the reference
 * data ({@code municipalities.csv}, {@code certifications.csv}, PDET and ZOMAC lists). Files are read where they
 * are, never copied into the repository.
 *
 * @param suppliers every supplier profile
 * @param requirements every requirement
 * @param satisfies the {@code satisfies} relation of the certification catalogue
 */
public record EvaluationData(List<SupplierProfile> suppliers, List<Requirement> requirements,
                             SatisfiesRelation satisfies) {

    /**
     * @param setDir a judged set ({@code suppliers.jsonl}, {@code requirements.jsonl})
     * @param dataDir the reference data ({@code municipalities.csv}, {@code certifications.csv}, …)
     */
    public static EvaluationData load(Path setDir, Path dataDir) {
        Places places = places(dataDir.resolve("municipalities.csv"));
        Set<String> pdet = codes(dataDir.resolve("pdet_municipalities.csv"));
        Set<String> zomac = codes(dataDir.resolve("zomac_municipalities.csv"));
        List<SupplierProfile> suppliers = new ArrayList<>();
        for (JsonObject o : jsonLines(setDir.resolve("suppliers.jsonl"))) {
            suppliers.add(supplier(o, places, pdet, zomac));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (JsonObject o : jsonLines(setDir.resolve("requirements.jsonl"))) {
            requirements.add(requirement(o, places));
        }
        return new EvaluationData(List.copyOf(suppliers), List.copyOf(requirements),
                satisfies(dataDir.resolve("certifications.csv")));
    }

    static SupplierProfile supplier(JsonObject o, Places places, Set<String> pdet, Set<String> zomac) {
        String municipality = o.getString("municipality");
        Set<String> coverage = new LinkedHashSet<>();
        boolean national = false;
        for (String c : strings(o.getArray("coverage"))) {
            if ("CO".equals(c)) {
                national = true;
            } else {
                coverage.add(c);
            }
        }
        List<ChainPosition> chains = new ArrayList<>();
        for (Object v : array(o, "valueChains")) {
            JsonObject c = (JsonObject) v;
            chains.add(new ChainPosition(c.getString("chain"), c.getString("link")));
        }
        List<Offering> offerings = new ArrayList<>();
        for (Object v : array(o, "offerings")) {
            JsonObject c = (JsonObject) v;
            offerings.add(new Offering(c.getString("name"), c.getString("description"), c.getString("unspsc")));
        }
        List<HeldCertification> certs = new ArrayList<>();
        for (Object v : array(o, "certifications")) {
            JsonObject c = (JsonObject) v;
            String until = c.getString("validUntil");
            certs.add(new HeldCertification(c.getString("code"), until == null ? null : LocalDate.parse(until)));
        }
        JsonObject inc = o.getObject("inclusion") == null ? new JsonObject() : o.getObject("inclusion");
        InclusionTraits traits = new InclusionTraits(inc.getBoolean("womenLed", false), inc.getString("ethnicGroup"),
                inc.getBoolean("victims", false), inc.getBoolean("youthLed", false),
                o.getBoolean("popularEconomy", false), pdet.contains(municipality), zomac.contains(municipality));
        return new SupplierProfile(o.getString("nit"), o.getString("legalName"), o.getString("tradeName"),
                places.get(municipality), coverage, national, chains, offerings, o.getString("description"),
                strings(o.getArray("ciiu")), certs, traits);
    }

    static Requirement requirement(JsonObject o, Places places) {
        List<Place> delivery = new ArrayList<>();
        for (String m : strings(o.getArray("deliveryMunicipalities"))) {
            delivery.add(places.get(m));
        }
        JsonObject prefs = o.getObject("inclusionPreferences");
        InclusionPreferences preferences = prefs == null ? InclusionPreferences.NONE
                : new InclusionPreferences(prefs.getBoolean("womenLed", false), prefs.getBoolean("pdet", false),
                        prefs.getBoolean("popularEconomy", false));
        Object max = o.get("maxDistanceKm");
        String neededBy = o.getString("neededBy");
        JsonObject anchor = o.getObject("anchor");
        return new Requirement(o.getString("externalId"), anchor == null ? null : anchor.getString("nit"),
                o.getString("title"), o.getString("description"), o.getString("valueChain"), o.getString("link"),
                strings(o.getArray("ciiu")), strings(o.getArray("unspsc")),
                strings(o.getArray("requiredCertifications")), strings(o.getArray("preferredCertifications")),
                delivery, max instanceof Number n ? n.doubleValue() : null,
                neededBy == null ? null : LocalDate.parse(neededBy), preferences);
    }

    /** Municipalities from DIVIPOLA ({@code code,department_code,name,lat,lon,type}). */
    public static Places places(Path csv) {
        List<Place> places = new ArrayList<>();
        for (Map<String, String> row : Csv.read(csv)) {
            places.add(new Place(row.get("code"), row.get("department_code"), new GeoPoint(
                    Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")))));
        }
        return Places.of(places);
    }

    /** The {@code satisfies} column: {@code ;}-separated codes each certification directly satisfies. */
    public static SatisfiesRelation satisfies(Path csv) {
        SatisfiesRelation.Builder builder = SatisfiesRelation.builder();
        for (Map<String, String> row : Csv.read(csv)) {
            String sat = row.getOrDefault("satisfies", "");
            for (String s : sat.split(";")) {
                if (!s.isBlank()) {
                    builder.add(row.get("code"), s.strip());
                }
            }
        }
        return builder.build();
    }

    private static Set<String> codes(Path csv) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> row : Csv.read(csv)) {
            out.add(row.get("code"));
        }
        return out;
    }

    private static List<JsonObject> jsonLines(Path file) {
        List<JsonObject> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (!line.isBlank()) {
                    try {
                        out.add(JsonParser.object().from(line));
                    } catch (JsonParserException e) {
                        throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonArray a = o.getArray(key);
        return a == null ? new JsonArray() : a;
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (Object v : a) {
                out.add(String.valueOf(v));
            }
        }
        return out;
    }
}
