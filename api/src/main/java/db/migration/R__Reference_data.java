package db.migration;

import co.encadena.matching.territory.PlaceNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data (DIVIPOLA, PDET, ZOMAC, CIIU, UNSPSC, value chains, certifications) from the CSV
 * files under {@code classpath:reference/} — copies of {@code shared/data} with their provenance in
 * docs/DATA.md. Repeatable: its checksum is the CRC of the files, so Flyway runs it again (upserting, never
 * deleting rows that programme data may reference) whenever a file changes.
 */
public class R__Reference_data extends BaseJavaMigration {

    static final List<String> FILES = List.of(
            "departments.csv", "municipalities.csv", "pdet_municipalities.csv", "zomac_municipalities.csv",
            "ciiu_rev4ac.csv", "unspsc_segments_families.csv", "value_chains.csv", "value_chain_links.csv",
            "certifications.csv");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read reference file " + file, e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        loadDepartments(c);
        loadMunicipalities(c);
        loadCiiu(c);
        loadUnspsc(c);
        loadValueChains(c);
        loadLinks(c);
        loadCertifications(c);
    }

    private static void loadDepartments(Connection c) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO department (code, name, display_name, region, latitude, longitude)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, display_name = EXCLUDED.display_name,
                  region = EXCLUDED.region, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude""")) {
            for (CSVRecord r : read("departments.csv")) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("name"));
                ps.setString(3, PlaceNames.displayName(r.get("name")));
                ps.setString(4, r.get("region"));
                ps.setDouble(5, Double.parseDouble(r.get("lat")));
                ps.setDouble(6, Double.parseDouble(r.get("lon")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadMunicipalities(Connection c) throws SQLException, IOException {
        Map<String, String> pdet = new HashMap<>();
        for (CSVRecord r : read("pdet_municipalities.csv")) {
            pdet.put(r.get("code"), r.get("subregion"));
        }
        List<String> zomac = new ArrayList<>();
        for (CSVRecord r : read("zomac_municipalities.csv")) {
            zomac.add(r.get("code"));
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO municipality (code, department_code, name, display_name, latitude, longitude, kind,
                                          pdet, pdet_subregion, zomac)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET department_code = EXCLUDED.department_code, name = EXCLUDED.name,
                  display_name = EXCLUDED.display_name, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                  kind = EXCLUDED.kind, pdet = EXCLUDED.pdet, pdet_subregion = EXCLUDED.pdet_subregion,
                  zomac = EXCLUDED.zomac""")) {
            for (CSVRecord r : read("municipalities.csv")) {
                String code = r.get("code");
                ps.setString(1, code);
                ps.setString(2, r.get("department_code"));
                ps.setString(3, r.get("name"));
                ps.setString(4, PlaceNames.displayName(r.get("name")));
                ps.setDouble(5, Double.parseDouble(r.get("lat")));
                ps.setDouble(6, Double.parseDouble(r.get("lon")));
                ps.setString(7, r.get("type"));
                ps.setBoolean(8, pdet.containsKey(code));
                ps.setString(9, pdet.get(code));
                ps.setBoolean(10, zomac.contains(code));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadCiiu(Connection c) throws SQLException, IOException {
        // rows are ordered parent before child in the file, so the self-reference always resolves
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ciiu_activity (code, level, description, parent_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, description = EXCLUDED.description,
                  parent_code = EXCLUDED.parent_code""")) {
            for (CSVRecord r : read("ciiu_rev4ac.csv")) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("level"));
                ps.setString(3, r.get("description"));
                ps.setString(4, emptyToNull(r.get("parent")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadUnspsc(Connection c) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unspsc_code (code, level, name, parent_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, name = EXCLUDED.name,
                  parent_code = EXCLUDED.parent_code""")) {
            for (CSVRecord r : read("unspsc_segments_families.csv")) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("level"));
                ps.setString(3, r.get("name"));
                ps.setString(4, emptyToNull(r.get("parent")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadValueChains(Connection c) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO value_chain (code, name, productive_bet, source) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, productive_bet = EXCLUDED.productive_bet,
                  source = EXCLUDED.source""")) {
            for (CSVRecord r : read("value_chains.csv")) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("name_es"));
                ps.setString(3, r.get("productive_bet"));
                ps.setString(4, r.get("source"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadLinks(Connection c) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO value_chain_link (code, name, description, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
                  position = EXCLUDED.position""")) {
            int position = 0;
            for (CSVRecord r : read("value_chain_links.csv")) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("name_es"));
                ps.setString(3, r.get("description"));
                ps.setInt(4, ++position);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadCertifications(Connection c) throws SQLException, IOException {
        List<CSVRecord> rows = read("certifications.csv");
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO certification (code, name, kind, issuer, typical_chains) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, issuer = EXCLUDED.issuer,
                  typical_chains = EXCLUDED.typical_chains""")) {
            for (CSVRecord r : rows) {
                ps.setString(1, r.get("code"));
                ps.setString(2, r.get("name_es"));
                ps.setString(3, r.get("kind"));
                ps.setString(4, r.get("issuer"));
                Array chains = c.createArrayOf("text", splitList(r.get("typical_chains")).toArray());
                ps.setArray(5, chains);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // the relation is small and wholly defined by the file: replace it
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM certification_satisfies");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO certification_satisfies (code, satisfies_code) VALUES (?, ?)")) {
            for (CSVRecord r : rows) {
                for (String satisfied : splitList(r.get("satisfies"))) {
                    ps.setString(1, r.get("code"));
                    ps.setString(2, satisfied);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        }
    }

    private static InputStream open(String file) {
        InputStream in = R__Reference_data.class.getClassLoader().getResourceAsStream("reference/" + file);
        if (in == null) {
            throw new IllegalStateException("Reference file missing from the classpath: reference/" + file);
        }
        return in;
    }
}
