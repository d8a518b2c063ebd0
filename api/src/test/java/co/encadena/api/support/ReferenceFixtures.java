package co.encadena.api.support;

import co.encadena.api.reference.ReferenceCodes;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real reference code lists, read from the CSV files the migration loads, for unit tests without a database. */
public final class ReferenceFixtures {

    private static ReferenceCodes codes;

    private ReferenceFixtures() {
    }

    public static synchronized ReferenceCodes codes() {
        if (codes == null) {
            Set<String> municipalities = new HashSet<>();
            rows("municipalities.csv").forEach(r -> municipalities.add(r.get("code")));
            Map<String, String> departments = new LinkedHashMap<>();
            rows("departments.csv").forEach(r -> departments.put(r.get("code"), r.get("name")));
            Set<String> ciiu = new HashSet<>();
            rows("ciiu_rev4ac.csv").forEach(r -> {
                if ("class".equals(r.get("level"))) {
                    ciiu.add(r.get("code"));
                }
            });
            Set<String> unspsc = new HashSet<>();
            rows("unspsc_segments_families.csv").forEach(r -> unspsc.add(r.get("code")));
            Map<String, String> chains = new LinkedHashMap<>();
            rows("value_chains.csv").forEach(r -> chains.put(r.get("code"), r.get("name_es")));
            Map<String, String> links = new LinkedHashMap<>();
            rows("value_chain_links.csv").forEach(r -> links.put(r.get("code"), r.get("name_es")));
            Map<String, String> certifications = new LinkedHashMap<>();
            rows("certifications.csv").forEach(r -> certifications.put(r.get("code"), r.get("name_es")));
            codes = new ReferenceCodes(municipalities, departments, ciiu, unspsc, chains, links, certifications);
        }
        return codes;
    }

    private static Iterable<CSVRecord> rows(String file) {
        try (Reader in = new InputStreamReader(ReferenceFixtures.class.getResourceAsStream("/reference/" + file),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
