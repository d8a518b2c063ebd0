package co.encadena.api.search.persistence;

import static co.encadena.api.common.persistence.JdbcRows.eachRow;
import static co.encadena.api.common.persistence.JdbcRows.id;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads suppliers and requirements from PostgreSQL in the shape the search index needs, many at a time (one
 * query per batch, nested lists aggregated in SQL). The document version is the sum of the row versions that
 * feed it, so it only ever grows and OpenSearch's external versioning drops a stale write.
 */
@Singleton
@Transactional
public class SearchDocuments {

    /** One offering as indexed. */
    public record OfferingRow(String name, String description, String unspsc) {
    }

    /** One certification held, with its expiry as ISO date (null: none). */
    public record CertificationRow(String code, String validUntil) {
    }

    /** A supplier as the index needs it. */
    public record SupplierRow(UUID id, String nit, String legalName, String tradeName, long version, String size,
                              boolean popularEconomy, String municipality, String department, double latitude,
                              double longitude, boolean pdet, boolean zomac, boolean national, String description,
                              boolean womenLed, String ethnicGroup, boolean victims, boolean youthLed,
                              List<String> coverage, List<String> ciiu, List<String> chainLinks,
                              List<OfferingRow> offerings, List<CertificationRow> certifications) {
    }

    /** A delivery place of a requirement. */
    public record PlaceRow(String municipality, String department, double latitude, double longitude) {
    }

    /** A requirement as the index needs it. */
    public record RequirementRow(UUID id, UUID anchorId, String anchorNit, String anchorName, String anchorType,
                                 String externalId, String title, String description, String status, String valueChain,
                                 String link, Integer maxDistanceKm, String quantity, LocalDate neededBy, long version,
                                 boolean prefersWomenLed, boolean prefersPdet, boolean prefersPopularEconomy,
                                 List<String> ciiu, List<String> unspsc, List<String> required, List<String> preferred,
                                 List<PlaceRow> delivery) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The profile itself; its lists come from one query per list table for the whole batch (see {@link #suppliers}). */
    private static final String SUPPLIERS = """
            SELECT o.id, o.nit, o.legal_name, o.trade_name, o.version + p.version, p.size, p.popular_economy,
                   p.municipality_code, m.department_code, m.latitude, m.longitude, m.pdet, m.zomac, p.national_coverage,
                   p.description, p.women_led, p.ethnic_group, p.victims, p.youth_led
            FROM organization o
            JOIN supplier_profile p ON p.organization_id = o.id
            JOIN municipality m ON m.code = p.municipality_code
            WHERE o.id = ANY (?)
            """;

    private static final String COVERAGE = "SELECT organization_id, department_code FROM supplier_coverage "
            + "WHERE organization_id = ANY (?) ORDER BY organization_id, position, department_code";
    private static final String CIIU = "SELECT organization_id, ciiu_code FROM supplier_ciiu "
            + "WHERE organization_id = ANY (?) ORDER BY organization_id, position, ciiu_code";
    private static final String CHAINS = "SELECT organization_id, chain_code, link_code FROM supplier_value_chain "
            + "WHERE organization_id = ANY (?) ORDER BY organization_id, position, chain_code";
    private static final String OFFERINGS = "SELECT organization_id, name, description, unspsc FROM supplier_offering "
            + "WHERE organization_id = ANY (?) ORDER BY organization_id, position";
    private static final String CERTIFICATIONS = "SELECT organization_id, certification_code, valid_until "
            + "FROM supplier_certification WHERE organization_id = ANY (?) ORDER BY organization_id, position";

    private static final String REQUIREMENTS = """
            SELECT r.id, a.id, a.nit, a.legal_name, a.anchor_type, r.external_id, r.title, r.description, r.status,
                   r.value_chain_code, r.link_code, r.max_distance_km, r.quantity, r.needed_by, r.version + a.version,
                   r.prefers_women_led, r.prefers_pdet, r.prefers_popular_economy,
                   ARRAY(SELECT ciiu_code FROM requirement_ciiu x WHERE x.requirement_id = r.id ORDER BY position, ciiu_code),
                   ARRAY(SELECT unspsc FROM requirement_unspsc x WHERE x.requirement_id = r.id ORDER BY position, unspsc),
                   ARRAY(SELECT certification_code FROM requirement_certification x WHERE x.requirement_id = r.id AND mandatory ORDER BY position, certification_code),
                   ARRAY(SELECT certification_code FROM requirement_certification x WHERE x.requirement_id = r.id AND NOT mandatory ORDER BY position, certification_code),
                   (SELECT json_agg(json_build_object('municipality', d.municipality_code, 'department', mm.department_code,
                                                      'latitude', mm.latitude, 'longitude', mm.longitude) ORDER BY d.position)
                      FROM requirement_delivery_municipality d JOIN municipality mm ON mm.code = d.municipality_code
                      WHERE d.requirement_id = r.id)
            FROM requirement r
            JOIN organization a ON a.id = r.anchor_id
            """;

    private final JdbcOperations jdbc;

    public SearchDocuments(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The suppliers named, in the order given (unknown ids are left out). Six queries for the whole batch — the
     * profiles, then each list table by {@code organization_id = ANY} — cost PostgreSQL less than one query with a
     * correlated subquery per list and row, and need no JSON aggregates.
     */
    public List<SupplierRow> suppliers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.execute(connection -> {
            Array idArray = connection.createArrayOf("uuid", ids.toArray());
            Map<UUID, List<String>> coverage = grouped(connection, COVERAGE, idArray, rs -> rs.getString(2));
            Map<UUID, List<String>> ciiu = grouped(connection, CIIU, idArray, rs -> rs.getString(2));
            Map<UUID, List<String>> chainLinks = grouped(connection, CHAINS, idArray,
                    rs -> rs.getString(2) + ":" + rs.getString(3));
            Map<UUID, List<OfferingRow>> offerings = grouped(connection, OFFERINGS, idArray,
                    rs -> new OfferingRow(rs.getString(2), rs.getString(3), rs.getString(4)));
            Map<UUID, List<CertificationRow>> certifications = grouped(connection, CERTIFICATIONS, idArray, rs -> {
                LocalDate until = rs.getObject(3, LocalDate.class);
                return new CertificationRow(rs.getString(2), until == null ? null : until.toString());
            });
            Map<UUID, SupplierRow> byId = new HashMap<>();
            eachRow(connection, idArray, SUPPLIERS, rs -> {
                UUID id = id(rs);
                byId.put(id, new SupplierRow(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getDouble(10),
                        rs.getDouble(11), rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getString(15),
                        rs.getBoolean(16), rs.getString(17), rs.getBoolean(18), rs.getBoolean(19),
                        coverage.getOrDefault(id, List.of()), ciiu.getOrDefault(id, List.of()),
                        chainLinks.getOrDefault(id, List.of()), offerings.getOrDefault(id, List.of()),
                        certifications.getOrDefault(id, List.of())));
            });
            List<SupplierRow> out = new ArrayList<>(byId.size());
            for (UUID id : ids) {
                SupplierRow row = byId.remove(id);
                if (row != null) {
                    out.add(row);
                }
            }
            return out;
        });
    }

    /** One list table's rows for a batch of organizations, by organization, in the order the query gives. */
    private static <T> Map<UUID, List<T>> grouped(Connection connection, String sql, Array ids, RowReader<T> reader)
            throws SQLException {
        Map<UUID, List<T>> out = new HashMap<>();
        eachRow(connection, ids, sql, rs -> out.computeIfAbsent(id(rs), k -> new ArrayList<>(2)).add(reader.read(rs)));
        return out;
    }

    public List<RequirementRow> requirements(Collection<UUID> ids) {
        return jdbc.prepareStatement(REQUIREMENTS + " WHERE r.id = ANY (?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray()));
            List<RequirementRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(requirement(rs));
                }
            }
            return out;
        });
    }

    private static final String SUPPLIER_IDS = "SELECT organization_id FROM supplier_profile ORDER BY organization_id";

    /** Every supplier, in id order (for a full reindex), handed over in batches. */
    public void allSuppliers(int batchSize, Consumer<List<SupplierRow>> batches) {
        suppliersIn(SUPPLIER_IDS, batchSize, batches);
    }

    /** The first {@code limit} suppliers in id order (a sample: ids are random UUIDs), handed over in batches. */
    public void firstSuppliers(int limit, int batchSize, Consumer<List<SupplierRow>> batches) {
        suppliersIn(SUPPLIER_IDS + " LIMIT " + Math.max(0, limit), batchSize, batches);
    }

    private void suppliersIn(String idQuery, int batchSize, Consumer<List<SupplierRow>> batches) {
        inBatches(idQuery, batchSize, rs -> (UUID) rs.getObject(1), ids -> batches.accept(suppliers(ids)));
    }

    /** Every requirement, streamed in id order, handed over in batches. */
    public void allRequirements(int batchSize, Consumer<List<RequirementRow>> batches) {
        inBatches(REQUIREMENTS + " ORDER BY r.id", batchSize, SearchDocuments::requirement, batches);
    }

    /** Reads one row into a record. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> void inBatches(String sql, int batchSize, RowReader<T> reader, Consumer<List<T>> batches) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setFetchSize(batchSize);
            List<T> batch = new ArrayList<>(batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(reader.read(rs));
                    if (batch.size() == batchSize) {
                        batches.accept(List.copyOf(batch));
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(List.copyOf(batch));
            }
            return null;
        });
    }

    /** Whether PostgreSQL holds any supplier (or requirement) at all. */
    public boolean anyStored(SearchOutbox.Entity entity) {
        String table = entity == SearchOutbox.Entity.SUPPLIER ? "supplier_profile" : "requirement";
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + ")", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** A supplier's version as its index document carries it: the organization's and the profile's together. */
    private static final String SUPPLIER_VERSIONS =
            "SELECT o.id, o.version + p.version FROM organization o JOIN supplier_profile p ON p.organization_id = o.id";

    /** id → version of every supplier (consistency check). */
    public Map<UUID, Long> supplierVersions() {
        return versions(SUPPLIER_VERSIONS);
    }

    /** id → version of these suppliers (unknown ids are left out): the version their index document carries. */
    public Map<UUID, Long> supplierVersions(Collection<UUID> ids) {
        Map<UUID, Long> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.execute(connection -> {
            eachRow(connection, connection.createArrayOf("uuid", ids.toArray()), SUPPLIER_VERSIONS + " WHERE o.id = ANY (?)",
                    rs -> out.put(id(rs), rs.getLong(2)));
            return null;
        });
        return out;
    }

    public Map<UUID, Long> requirementVersions() {
        return versions("SELECT r.id, r.version + a.version FROM requirement r JOIN organization a ON a.id = r.anchor_id");
    }

    private Map<UUID, Long> versions(String sql) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setFetchSize(5000);
            Map<UUID, Long> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put((UUID) rs.getObject(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    private static RequirementRow requirement(ResultSet rs) throws SQLException {
        java.sql.Date neededBy = rs.getDate(14);
        Integer max = rs.getObject(12, Integer.class);
        return new RequirementRow((UUID) rs.getObject(1), (UUID) rs.getObject(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), max, rs.getString(13),
                neededBy == null ? null : neededBy.toLocalDate(), rs.getLong(15), rs.getBoolean(16), rs.getBoolean(17),
                rs.getBoolean(18), strings(rs.getArray(19)), strings(rs.getArray(20)), strings(rs.getArray(21)),
                strings(rs.getArray(22)), json(rs.getString(23), new TypeReference<List<PlaceRow>>() { }));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <T> List<T> json(String text, TypeReference<List<T>> type) {
        if (text == null) {
            return List.of();
        }
        try {
            return JSON.readValue(text, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable aggregate from PostgreSQL: " + text, e);
        }
    }
}
