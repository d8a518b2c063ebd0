package co.encadena.api.requirements.persistence;

import static co.encadena.api.common.persistence.JdbcRows.bind;
import static co.encadena.api.common.persistence.JdbcRows.eachRow;
import static co.encadena.api.common.persistence.JdbcRows.id;

import co.encadena.api.requirements.domain.AnchorProfile;
import co.encadena.api.requirements.domain.Requirement;
import co.encadena.api.requirements.domain.RequirementStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Requirements in PostgreSQL with their lists (CIIU, UNSPSC, certifications, delivery municipalities). A
 * requirement is written whole — lists replaced — in batches, so the editor (a batch of one) and an import
 * share one write path. Runs in the caller's transaction.
 */
@Singleton
public class Requirements {

    private final JdbcOperations jdbc;

    public Requirements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A requirement to write: its id (new or existing), anchor and status. */
    public record Row(UUID id, UUID anchorId, RequirementStatus status, Requirement requirement) {
    }

    /** The natural key of a requirement. */
    public record Key(UUID anchorId, String externalId) {
    }

    /** What a key refers to: the id and the current status. */
    public record Existing(UUID id, RequirementStatus status) {
    }

    /** A page of requirements and how many match in all. */
    public record Page(List<StoredRequirement> items, long total) {
    }

    // ---------------------------------------------------------------- writing

    /** The requirements with these keys, locked until the transaction ends. */
    public Map<Key, Existing> lockByKeys(List<Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(c -> {
            Map<Key, Existing> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.id, r.anchor_id, r.external_id, r.status FROM requirement r
                    JOIN unnest(?::uuid[], ?::text[]) AS k(anchor_id, external_id)
                      ON r.anchor_id = k.anchor_id AND r.external_id = k.external_id
                    ORDER BY r.id FOR UPDATE OF r""")) {
                ps.setArray(1, c.createArrayOf("uuid", keys.stream().map(Key::anchorId).toArray()));
                ps.setArray(2, c.createArrayOf("text", keys.stream().map(Key::externalId).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(new Key(rs.getObject(2, UUID.class), rs.getString(3)),
                                new Existing(rs.getObject(1, UUID.class), RequirementStatus.valueOf(rs.getString(4))));
                    }
                }
            }
            return found;
        });
    }

    /** Locks one requirement row until the transaction ends. */
    public Optional<Existing> lockById(UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, status FROM requirement WHERE id = ? FOR UPDATE")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Existing(rs.getObject(1, UUID.class), RequirementStatus.valueOf(rs.getString(2))))
                            : Optional.<Existing>empty();
                }
            }
        });
    }

    /**
     * Inserts or replaces whole requirements (by id). The version goes up; {@code opened_at} and
     * {@code closed_at} follow the status.
     */
    public void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO requirement (id, anchor_id, external_id, title, description, value_chain_code, link_code,
                      max_distance_km, quantity, needed_by, status, prefers_women_led, prefers_pdet, prefers_popular_economy,
                      opened_at, closed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                      CASE WHEN ? <> 'DRAFT' THEN now() END, CASE WHEN ? = 'CLOSED' THEN now() END)
                    ON CONFLICT (id) DO UPDATE SET external_id = EXCLUDED.external_id, title = EXCLUDED.title,
                      description = EXCLUDED.description, value_chain_code = EXCLUDED.value_chain_code,
                      link_code = EXCLUDED.link_code, max_distance_km = EXCLUDED.max_distance_km,
                      quantity = EXCLUDED.quantity, needed_by = EXCLUDED.needed_by, status = EXCLUDED.status,
                      prefers_women_led = EXCLUDED.prefers_women_led, prefers_pdet = EXCLUDED.prefers_pdet,
                      prefers_popular_economy = EXCLUDED.prefers_popular_economy,
                      opened_at = CASE WHEN EXCLUDED.status = 'DRAFT' THEN NULL ELSE coalesce(requirement.opened_at, now()) END,
                      closed_at = CASE WHEN EXCLUDED.status = 'CLOSED' THEN coalesce(requirement.closed_at, now()) END,
                      updated_at = now(), version = requirement.version + 1""")) {
                for (Row row : rows) {
                    Requirement r = row.requirement();
                    ps.setObject(1, row.id());
                    ps.setObject(2, row.anchorId());
                    ps.setString(3, r.externalId());
                    ps.setString(4, r.title());
                    ps.setString(5, r.description());
                    ps.setString(6, r.valueChain());
                    ps.setString(7, r.link());
                    if (r.maxDistanceKm() == null) {
                        ps.setNull(8, Types.INTEGER);
                    } else {
                        ps.setInt(8, r.maxDistanceKm());
                    }
                    ps.setString(9, r.quantity());
                    if (r.neededBy() == null) {
                        ps.setNull(10, Types.DATE);
                    } else {
                        ps.setDate(10, Date.valueOf(r.neededBy()));
                    }
                    ps.setString(11, row.status().name());
                    ps.setBoolean(12, r.inclusionPreferences().womenLed());
                    ps.setBoolean(13, r.inclusionPreferences().pdet());
                    ps.setBoolean(14, r.inclusionPreferences().popularEconomy());
                    ps.setString(15, row.status().name());
                    ps.setString(16, row.status().name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Array ids = c.createArrayOf("uuid", rows.stream().map(Row::id).toArray());
            for (String table : List.of("requirement_ciiu", "requirement_unspsc", "requirement_certification",
                    "requirement_delivery_municipality")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE requirement_id = ANY(?)")) {
                    ps.setArray(1, ids);
                    ps.executeUpdate();
                }
            }
            writeLists(c, rows);
            return null;
        });
    }

    private static void writeLists(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement ciiu = c.prepareStatement(
                "INSERT INTO requirement_ciiu (requirement_id, ciiu_code, position) VALUES (?, ?, ?)");
             PreparedStatement unspsc = c.prepareStatement(
                     "INSERT INTO requirement_unspsc (requirement_id, unspsc, position) VALUES (?, ?, ?)");
             PreparedStatement cert = c.prepareStatement(
                     "INSERT INTO requirement_certification (requirement_id, certification_code, mandatory, position) VALUES (?, ?, ?, ?)");
             PreparedStatement delivery = c.prepareStatement(
                     "INSERT INTO requirement_delivery_municipality (requirement_id, municipality_code, position) VALUES (?, ?, ?)")) {
            for (Row row : rows) {
                Requirement r = row.requirement();
                addAll(ciiu, row.id(), r.ciiu());
                addAll(unspsc, row.id(), r.unspsc());
                addAll(delivery, row.id(), r.deliveryMunicipalities());
                int i = 0;
                for (String code : r.requiredCertifications()) {
                    cert.setObject(1, row.id());
                    cert.setString(2, code);
                    cert.setBoolean(3, true);
                    cert.setInt(4, i++);
                    cert.addBatch();
                }
                for (String code : r.preferredCertifications()) {
                    cert.setObject(1, row.id());
                    cert.setString(2, code);
                    cert.setBoolean(3, false);
                    cert.setInt(4, i++);
                    cert.addBatch();
                }
            }
            ciiu.executeBatch();
            unspsc.executeBatch();
            cert.executeBatch();
            delivery.executeBatch();
        }
    }

    private static void addAll(PreparedStatement ps, UUID id, List<String> codes) throws SQLException {
        int i = 0;
        for (String code : codes) {
            ps.setObject(1, id);
            ps.setString(2, code);
            ps.setInt(3, i++);
            ps.addBatch();
        }
    }

    /** Moves a requirement to another state, stamping when it opened or closed. */
    public void changeStatus(UUID id, RequirementStatus status) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE requirement SET status = ?,
                      opened_at = CASE WHEN ? = 'DRAFT' THEN NULL ELSE coalesce(opened_at, now()) END,
                      closed_at = CASE WHEN ? = 'CLOSED' THEN coalesce(closed_at, now()) END,
                      updated_at = now(), version = version + 1
                    WHERE id = ?""")) {
                ps.setString(1, status.name());
                ps.setString(2, status.name());
                ps.setString(3, status.name());
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(UUID id) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM requirement WHERE id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- reading

    public Optional<StoredRequirement> findById(UUID id) {
        return Optional.ofNullable(load(List.of(id)).get(id));
    }

    /** Whole requirements for these ids, in the order given (missing ids are skipped). */
    public Map<UUID, StoredRequirement> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(c -> {
            Array array = c.createArrayOf("uuid", ids.toArray());
            Map<UUID, Assembling> rows = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.id, r.anchor_id, o.nit, o.legal_name, o.anchor_type, r.status, r.version, r.created_at,
                           r.updated_at, r.opened_at, r.closed_at, r.external_id, r.title, r.description,
                           r.value_chain_code, r.link_code, r.max_distance_km, r.quantity, r.needed_by,
                           r.prefers_women_led, r.prefers_pdet, r.prefers_popular_economy
                    FROM requirement r JOIN organization o ON o.id = r.anchor_id WHERE r.id = ANY(?)""")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Assembling a = new Assembling(rs);
                        rows.put(a.id, a);
                    }
                }
            }
            if (rows.isEmpty()) {
                return Map.<UUID, StoredRequirement>of();
            }
            eachRow(c, array, "SELECT requirement_id, ciiu_code FROM requirement_ciiu WHERE requirement_id = ANY(?) "
                    + "ORDER BY position, ciiu_code", rs -> rows.get(id(rs)).ciiu.add(rs.getString(2)));
            eachRow(c, array, "SELECT requirement_id, unspsc FROM requirement_unspsc WHERE requirement_id = ANY(?) "
                    + "ORDER BY position, unspsc", rs -> rows.get(id(rs)).unspsc.add(rs.getString(2)));
            eachRow(c, array, "SELECT requirement_id, certification_code, mandatory FROM requirement_certification "
                    + "WHERE requirement_id = ANY(?) ORDER BY position, certification_code",
                    rs -> (rs.getBoolean(3) ? rows.get(id(rs)).required : rows.get(id(rs)).preferred).add(rs.getString(2)));
            eachRow(c, array, "SELECT requirement_id, municipality_code FROM requirement_delivery_municipality "
                    + "WHERE requirement_id = ANY(?) ORDER BY position, municipality_code",
                    rs -> rows.get(id(rs)).delivery.add(rs.getString(2)));
            Map<UUID, StoredRequirement> result = new LinkedHashMap<>();
            for (UUID id : ids) {
                Assembling a = rows.get(id);
                if (a != null) {
                    result.put(id, a.toStored());
                }
            }
            return result;
        });
    }

    /** A page of requirements the caller may see. */
    public Page page(RequirementQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        List<UUID> ids = new ArrayList<>();
        long total = jdbc.execute(c -> {
            long count;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) " + FROM + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id " + FROM + where + " ORDER BY "
                    + orderBy(q.sort()) + " LIMIT ? OFFSET ?")) {
                List<Object> all = new ArrayList<>(params);
                all.add(q.pageSize());
                all.add((long) q.page() * q.pageSize());
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return count;
        });
        return new Page(new ArrayList<>(load(ids).values()), total);
    }

    /**
     * Requirements in (anchor NIT, external id) order after the given key (exclusive; nulls for the start), at
     * most {@code limit}: an export reads them all page by page.
     */
    public List<StoredRequirement> exportPage(String afterNit, String afterExternalId, int limit) {
        List<UUID> ids = jdbc.execute(c -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM requirement r JOIN organization o "
                    + "ON o.id = r.anchor_id WHERE o.nit IS NOT NULL AND (?::text IS NULL OR (o.nit, r.external_id) > (?, ?)) "
                    + "ORDER BY o.nit, r.external_id LIMIT ?")) {
                ps.setString(1, afterNit);
                ps.setString(2, afterNit);
                ps.setString(3, afterExternalId);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return found;
        });
        return new ArrayList<>(load(ids).values());
    }

    /** The requirements of these anchors (whose search documents carry the anchor's name and type). */
    public List<UUID> idsOfAnchors(List<UUID> anchorIds) {
        if (anchorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.execute(c -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM requirement WHERE anchor_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", anchorIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return found;
        });
    }

    public long count() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM requirement");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static final String FROM = "FROM requirement r JOIN organization o ON o.id = r.anchor_id ";

    private static String where(RequirementQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder("WHERE TRUE");
        if (q.openOnly() && q.ownAnchor() != null) {
            sql.append(" AND (r.status = 'OPEN' OR r.anchor_id = ?)");
            params.add(q.ownAnchor());
        } else if (q.openOnly()) {
            sql.append(" AND r.status = 'OPEN'");
        }
        if (q.externalId() != null) {
            sql.append(" AND r.external_id = ?");
            params.add(q.externalId());
        }
        if (q.anchorNit() != null) {
            sql.append(" AND o.nit = ?");
            params.add(q.anchorNit());
        }
        if (q.anchorId() != null) {
            sql.append(" AND r.anchor_id = ?");
            params.add(q.anchorId());
        }
        if (q.status() != null) {
            sql.append(" AND r.status = ?");
            params.add(q.status());
        }
        if (q.chain() != null) {
            sql.append(" AND r.value_chain_code = ?");
            params.add(q.chain());
        }
        if (q.department() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM requirement_delivery_municipality d WHERE d.requirement_id = r.id "
                    + "AND substr(d.municipality_code, 1, 2) = ?)");
            params.add(q.department());
        }
        if (q.text() != null) {
            sql.append(" AND (lower(r.title) LIKE ? OR lower(r.external_id) LIKE ? OR lower(o.legal_name) LIKE ?)");
            String like = "%" + q.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }

    private static String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String column = switch (key) {
            case "updatedAt" -> "r.updated_at";
            case "neededBy" -> "r.needed_by";
            case "title" -> "lower(r.title)";
            case "externalId" -> "r.external_id";
            default -> "r.created_at";
        };
        return column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", r.id";
    }


    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A requirement row being assembled with its lists. */
    private static final class Assembling {
        final UUID id;
        final UUID anchorId;
        final AnchorProfile anchor;
        final RequirementStatus status;
        final long version;
        final Instant createdAt;
        final Instant updatedAt;
        final Instant openedAt;
        final Instant closedAt;
        final String externalId;
        final String title;
        final String description;
        final String chain;
        final String link;
        final Integer maxDistanceKm;
        final String quantity;
        final java.time.LocalDate neededBy;
        final Requirement.InclusionPreferences preferences;
        final List<String> ciiu = new ArrayList<>();
        final List<String> unspsc = new ArrayList<>();
        final List<String> required = new ArrayList<>();
        final List<String> preferred = new ArrayList<>();
        final List<String> delivery = new ArrayList<>();

        Assembling(ResultSet rs) throws SQLException {
            id = rs.getObject(1, UUID.class);
            anchorId = rs.getObject(2, UUID.class);
            anchor = new AnchorProfile(rs.getString(3), rs.getString(4), rs.getString(5));
            status = RequirementStatus.valueOf(rs.getString(6));
            version = rs.getLong(7);
            createdAt = instant(rs.getTimestamp(8));
            updatedAt = instant(rs.getTimestamp(9));
            openedAt = instant(rs.getTimestamp(10));
            closedAt = instant(rs.getTimestamp(11));
            externalId = rs.getString(12);
            title = rs.getString(13);
            description = rs.getString(14);
            chain = rs.getString(15);
            link = rs.getString(16);
            int distance = rs.getInt(17);
            maxDistanceKm = rs.wasNull() ? null : distance;
            quantity = rs.getString(18);
            Date needed = rs.getDate(19);
            neededBy = needed == null ? null : needed.toLocalDate();
            preferences = new Requirement.InclusionPreferences(rs.getBoolean(20), rs.getBoolean(21), rs.getBoolean(22));
        }

        StoredRequirement toStored() {
            return new StoredRequirement(id, anchorId, anchor, status, version, createdAt, updatedAt, openedAt, closedAt,
                    new Requirement(externalId, title, description, chain, link, ciiu, unspsc, required, preferred,
                            delivery, maxDistanceKm, quantity, neededBy, preferences));
        }
    }
}
