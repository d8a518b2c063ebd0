package co.encadena.api.suppliers.persistence;

import static co.encadena.api.common.persistence.JdbcRows.bind;
import static co.encadena.api.common.persistence.JdbcRows.columnar;
import static co.encadena.api.common.persistence.JdbcRows.eachRow;
import static co.encadena.api.common.persistence.JdbcRows.id;

import co.encadena.api.suppliers.domain.SupplierProfile;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Supplier profiles in PostgreSQL: the organization row, the profile row and its lists (coverage, CIIU, value
 * chains, offerings, certifications). A profile is written whole — lists replaced — in batches, so the
 * profile API (a batch of one) and an import (batches of hundreds) share one write path. Every method runs in
 * the caller's transaction.
 */
@Singleton
public class SupplierProfiles {

    private final JdbcOperations jdbc;

    public SupplierProfiles(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A profile to write and the organization it belongs to. */
    public record Identified(UUID id, SupplierProfile profile) {
    }

    /** A page of profiles and how many match in all. */
    public record Page(List<StoredSupplier> items, long total) {
    }

    // ---------------------------------------------------------------- organizations

    /**
     * Creates supplier organizations for the NITs that have none (organizations made by an import have no
     * login users), already at version 1 with these names: {@link #write(List, Set)} need not update them again.
     * Rows are inserted in NIT order, so two imports of overlapping files cannot wait on each other in a cycle.
     * A NIT inserted concurrently by someone else is left alone.
     * @return the organizations created, by NIT (no other transaction sees them before this one commits, so
     *         they need no lock)
     */
    public Map<String, OrganizationRef> insertMissingOrganizations(Collection<SupplierProfile> profiles) {
        if (profiles.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(c -> {
            Map<String, OrganizationRef> created = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO organization (id, kind, nit, legal_name, trade_name, version)
                    SELECT v.id, 'SUPPLIER', v.nit, v.legal_name, v.trade_name, 1
                    FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) AS v(id, nit, legal_name, trade_name)
                    ORDER BY v.nit
                    ON CONFLICT (nit) DO NOTHING RETURNING id, kind, nit""")) {
                ps.setArray(1, c.createArrayOf("uuid", profiles.stream().map(p -> UUID.randomUUID()).toArray()));
                ps.setArray(2, c.createArrayOf("text", profiles.stream().map(SupplierProfile::nit).toArray()));
                ps.setArray(3, c.createArrayOf("text", profiles.stream().map(SupplierProfile::legalName).toArray()));
                ps.setArray(4, c.createArrayOf("text", profiles.stream().map(SupplierProfile::tradeName).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        created.put(rs.getString(3), new OrganizationRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return created;
        });
    }

    /** The organizations holding these NITs, locked until the transaction ends (in id order: no deadlock). */
    public Map<String, OrganizationRef> lockByNits(Collection<String> nits) {
        return jdbc.execute(c -> {
            Map<String, OrganizationRef> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, kind, nit FROM organization WHERE nit = ANY(?) ORDER BY id FOR UPDATE")) {
                ps.setArray(1, c.createArrayOf("text", nits.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(3), new OrganizationRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    /** The organization with this id, locked until the transaction ends. */
    public Optional<OrganizationRef> lockById(UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, nit FROM organization WHERE id = ? FOR UPDATE")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new OrganizationRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                            : Optional.<OrganizationRef>empty();
                }
            }
        });
    }

    /** The organization holding a NIT, if any. */
    public Optional<OrganizationRef> organizationByNit(String nit) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, nit FROM organization WHERE nit = ?")) {
                ps.setString(1, nit);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new OrganizationRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                            : Optional.<OrganizationRef>empty();
                }
            }
        });
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes whole profiles: the organization's NIT and names, the profile row (its version goes up) and every
     * list, replaced. The organizations must exist and be locked by the caller.
     */
    public void write(List<Identified> rows) {
        write(rows, Set.of());
    }

    /**
     * As {@link #write(List)}; {@code created} are organizations {@link #insertMissingOrganizations} made in this
     * transaction: they already hold these names and their first version, and have no lists to replace.
     */
    public void write(List<Identified> rows, Set<UUID> created) {
        if (rows.isEmpty()) {
            return;
        }
        List<Identified> existing = rows.stream().filter(r -> !created.contains(r.id())).toList();
        jdbc.execute(c -> {
            if (!existing.isEmpty()) {
                writeOrganizations(c, existing);
            }
            writeProfiles(c, rows);
            if (!existing.isEmpty()) {
                Array ids = c.createArrayOf("uuid", existing.stream().map(Identified::id).toArray());
                for (String table : List.of("supplier_coverage", "supplier_ciiu", "supplier_value_chain",
                        "supplier_offering", "supplier_certification")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE organization_id = ANY(?)")) {
                        ps.setArray(1, ids);
                        ps.executeUpdate();
                    }
                }
            }
            writeLists(c, rows);
            return null;
        });
    }

    private static void writeOrganizations(Connection c, List<Identified> rows) throws SQLException {
        // one statement for the whole batch (a batch of UPDATEs is one statement per row, even when pipelined)
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE organization o SET nit = v.nit, legal_name = v.legal_name, trade_name = v.trade_name,
                  updated_at = now(), version = o.version + 1
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) AS v(id, nit, legal_name, trade_name)
                WHERE o.id = v.id""")) {
            ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(Identified::id).toArray()));
            ps.setArray(2, c.createArrayOf("text", rows.stream().map(r -> r.profile().nit()).toArray()));
            ps.setArray(3, c.createArrayOf("text", rows.stream().map(r -> r.profile().legalName()).toArray()));
            ps.setArray(4, c.createArrayOf("text", rows.stream().map(r -> r.profile().tradeName()).toArray()));
            ps.executeUpdate();
        }
    }

    // Each statement writes the whole batch from column arrays (JdbcRows.columnar): one statement per table
    // rather than one per row, which is what an import of a hundred thousand profiles spends its time on.

    private static void writeProfiles(Connection c, List<Identified> rows) throws SQLException {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Identified row : rows) {
            SupplierProfile p = row.profile();
            values.add(new Object[] {row.id(), p.size(), p.popularEconomy(), p.municipality(), p.nationalCoverage(),
                    p.description(), p.inclusion().womenLed(), p.inclusion().ethnicGroup(), p.inclusion().victims(),
                    p.inclusion().youthLed(), p.contact().name(), p.contact().email(), p.contact().phone()});
        }
        columnar(c, """
                INSERT INTO supplier_profile (organization_id, size, popular_economy, municipality_code, national_coverage,
                  description, women_led, ethnic_group, victims, youth_led, contact_name, contact_email, contact_phone)
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::boolean[], ?::text[], ?::boolean[], ?::text[], ?::boolean[],
                  ?::text[], ?::boolean[], ?::boolean[], ?::text[], ?::text[], ?::text[])
                ON CONFLICT (organization_id) DO UPDATE SET size = EXCLUDED.size,
                  popular_economy = EXCLUDED.popular_economy, municipality_code = EXCLUDED.municipality_code,
                  national_coverage = EXCLUDED.national_coverage, description = EXCLUDED.description,
                  women_led = EXCLUDED.women_led, ethnic_group = EXCLUDED.ethnic_group, victims = EXCLUDED.victims,
                  youth_led = EXCLUDED.youth_led, contact_name = EXCLUDED.contact_name,
                  contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone,
                  updated_at = now(), version = supplier_profile.version + 1""",
                List.of("uuid", "text", "bool", "text", "bool", "text", "bool", "text", "bool", "bool", "text", "text", "text"),
                values);
    }

    private static void writeLists(Connection c, List<Identified> rows) throws SQLException {
        List<Object[]> coverage = new ArrayList<>();
        List<Object[]> ciiu = new ArrayList<>();
        List<Object[]> chains = new ArrayList<>();
        List<Object[]> offerings = new ArrayList<>();
        List<Object[]> certifications = new ArrayList<>();
        for (Identified row : rows) {
            SupplierProfile p = row.profile();
            UUID id = row.id();
            int i = 0;
            for (String department : p.coverage()) {
                coverage.add(new Object[] {id, department, i++});
            }
            i = 0;
            for (String code : p.ciiu()) {
                ciiu.add(new Object[] {id, code, i++});
            }
            i = 0;
            for (SupplierProfile.ChainLink link : p.valueChains()) {
                chains.add(new Object[] {id, link.chain(), link.link(), i++});
            }
            i = 0;
            for (SupplierProfile.Offering o : p.offerings()) {
                offerings.add(new Object[] {id, i++, o.name(), o.description(), o.unspsc()});
            }
            i = 0;
            for (SupplierProfile.HeldCertification k : p.certifications()) {
                certifications.add(new Object[] {id, k.code(),
                        k.validUntil() == null ? null : k.validUntil().toString(), k.issuer(), k.number(), i++});
            }
        }
        columnar(c, "INSERT INTO supplier_coverage (organization_id, department_code, position) "
                + "SELECT * FROM unnest(?::uuid[], ?::text[], ?::int[])", List.of("uuid", "text", "int4"), coverage);
        columnar(c, "INSERT INTO supplier_ciiu (organization_id, ciiu_code, position) "
                + "SELECT * FROM unnest(?::uuid[], ?::text[], ?::int[])", List.of("uuid", "text", "int4"), ciiu);
        columnar(c, "INSERT INTO supplier_value_chain (organization_id, chain_code, link_code, position) "
                + "SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[])",
                List.of("uuid", "text", "text", "int4"), chains);
        columnar(c, "INSERT INTO supplier_offering (organization_id, position, name, description, unspsc) "
                + "SELECT * FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[])",
                List.of("uuid", "int4", "text", "text", "text"), offerings);
        columnar(c, "INSERT INTO supplier_certification (organization_id, certification_code, valid_until, issuer, "
                + "number, position) SELECT v.org, v.code, v.until::date, v.issuer, v.number, v.position "
                + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[]) "
                + "AS v(org, code, until, issuer, number, position)",
                List.of("uuid", "text", "text", "text", "text", "int4"), certifications);
    }

    // ---------------------------------------------------------------- reading

    public Optional<StoredSupplier> findById(UUID id) {
        return Optional.ofNullable(load(List.of(id)).get(id));
    }

    public Optional<StoredSupplier> findByNit(String nit) {
        return organizationByNit(nit).flatMap(o -> findById(o.id()));
    }

    /** Whole profiles for these ids, in the order given (missing ids are skipped). */
    public Map<UUID, StoredSupplier> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(c -> {
            Array array = c.createArrayOf("uuid", ids.toArray());
            Map<UUID, Row> rows = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.id, o.nit, o.legal_name, o.trade_name, p.size, p.popular_economy, p.municipality_code,
                           p.national_coverage, p.description, p.women_led, p.ethnic_group, p.victims, p.youth_led,
                           p.contact_name, p.contact_email, p.contact_phone, p.updated_at, p.version
                    FROM supplier_profile p JOIN organization o ON o.id = p.organization_id
                    WHERE p.organization_id = ANY(?)""")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row r = new Row(rs);
                        rows.put(r.id, r);
                    }
                }
            }
            if (rows.isEmpty()) {
                return Map.<UUID, StoredSupplier>of();
            }
            eachRow(c, array, "SELECT organization_id, department_code FROM supplier_coverage WHERE organization_id = ANY(?) "
                    + "ORDER BY position, department_code", rs -> rows.get(id(rs)).coverage.add(rs.getString(2)));
            eachRow(c, array, "SELECT organization_id, ciiu_code FROM supplier_ciiu WHERE organization_id = ANY(?) "
                    + "ORDER BY position, ciiu_code", rs -> rows.get(id(rs)).ciiu.add(rs.getString(2)));
            eachRow(c, array, "SELECT organization_id, chain_code, link_code FROM supplier_value_chain "
                    + "WHERE organization_id = ANY(?) ORDER BY position, chain_code, link_code",
                    rs -> rows.get(id(rs)).chains.add(new SupplierProfile.ChainLink(rs.getString(2), rs.getString(3))));
            eachRow(c, array, "SELECT organization_id, name, description, unspsc FROM supplier_offering "
                    + "WHERE organization_id = ANY(?) ORDER BY position",
                    rs -> rows.get(id(rs)).offerings.add(new SupplierProfile.Offering(rs.getString(2), rs.getString(3), rs.getString(4))));
            eachRow(c, array, "SELECT organization_id, certification_code, valid_until, issuer, number FROM supplier_certification "
                    + "WHERE organization_id = ANY(?) ORDER BY position, certification_code",
                    rs -> {
                        Date until = rs.getDate(3);
                        rows.get(id(rs)).certifications.add(new SupplierProfile.HeldCertification(rs.getString(2),
                                until == null ? null : until.toLocalDate(), rs.getString(4), rs.getString(5)));
                    });
            Map<UUID, StoredSupplier> result = new LinkedHashMap<>();
            for (UUID id : ids) {
                Row r = rows.get(id);
                if (r != null) {
                    result.put(id, r.toStored());
                }
            }
            return result;
        });
    }

    /** A page of the organizers' list. */
    public Page page(SupplierQuery q) {
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
            try (PreparedStatement ps = c.prepareStatement("SELECT p.organization_id " + FROM + where
                    + " ORDER BY " + orderBy(q.sort()) + " LIMIT ? OFFSET ?")) {
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
     * Profiles in NIT order after {@code afterNit} (exclusive; null for the start), at most {@code limit}: an
     * export reads the whole table page by page without holding it in memory or a transaction open.
     */
    public List<StoredSupplier> exportPage(String afterNit, int limit) {
        List<UUID> ids = jdbc.execute(c -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id FROM supplier_profile p JOIN organization o "
                    + "ON o.id = p.organization_id WHERE o.nit IS NOT NULL AND (?::text IS NULL OR o.nit > ?) "
                    + "ORDER BY o.nit LIMIT ?")) {
                ps.setString(1, afterNit);
                ps.setString(2, afterNit);
                ps.setInt(3, limit);
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

    /** The longest value-chain, offering and certification lists of any profile (the CSV export's column groups). */
    public int[] longestLists() {
        return jdbc.execute(c -> {
            int[] result = new int[3];
            String[] tables = {"supplier_value_chain", "supplier_offering", "supplier_certification"};
            for (int i = 0; i < tables.length; i++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM "
                        + tables[i] + " GROUP BY organization_id) t");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    result[i] = rs.getInt(1);
                }
            }
            return result;
        });
    }

    /** How many supplier profiles exist. */
    public long count() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM supplier_profile");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static final String FROM = "FROM supplier_profile p JOIN organization o ON o.id = p.organization_id "
            + "JOIN municipality m ON m.code = p.municipality_code ";

    private static String where(SupplierQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder("WHERE TRUE");
        if (q.nit() != null) {
            sql.append(" AND o.nit = ?");
            params.add(q.nit());
        }
        if (q.text() != null) {
            sql.append(" AND (lower(o.legal_name) LIKE ? OR lower(coalesce(o.trade_name, '')) LIKE ? OR o.nit LIKE ?)");
            String like = "%" + q.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (q.department() != null) {
            sql.append(" AND m.department_code = ?");
            params.add(q.department());
        }
        if (q.chain() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM supplier_value_chain v WHERE v.organization_id = p.organization_id "
                    + "AND v.chain_code = ?)");
            params.add(q.chain());
        }
        if (q.companySize() != null) {
            sql.append(" AND p.size = ?");
            params.add(q.companySize());
        }
        if (q.certification() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM supplier_certification k WHERE k.organization_id = p.organization_id "
                    + "AND k.certification_code = ? AND (k.valid_until IS NULL OR k.valid_until >= ?))");
            params.add(q.certification());
            params.add(Date.valueOf(q.today()));
        }
        for (String flag : q.inclusion()) {
            sql.append(switch (flag) {
                case "WOMEN_LED" -> " AND p.women_led";
                case "ETHNIC" -> " AND p.ethnic_group IS NOT NULL";
                case "VICTIMS" -> " AND p.victims";
                case "YOUTH_LED" -> " AND p.youth_led";
                case "POPULAR_ECONOMY" -> " AND p.popular_economy";
                case "PDET" -> " AND m.pdet";
                case "ZOMAC" -> " AND m.zomac";
                default -> throw new IllegalArgumentException("unknown inclusion filter " + flag);
            });
        }
        return sql.toString();
    }

    private static String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String column = switch (key) {
            case "nit" -> "o.nit";
            case "municipality" -> "m.display_name";
            case "size" -> "array_position(ARRAY['MICRO','PEQUENA','MEDIANA','GRANDE'], p.size)";
            case "updatedAt" -> "p.updated_at";
            default -> "lower(o.legal_name)";
        };
        return column + (descending ? " DESC" : " ASC") + ", p.organization_id";
    }


    /** A profile row being assembled with its lists. */
    private static final class Row {
        final UUID id;
        final String nit;
        final String legalName;
        final String tradeName;
        final String size;
        final boolean popularEconomy;
        final String municipality;
        final boolean national;
        final String description;
        final SupplierProfile.Inclusion inclusion;
        final SupplierProfile.Contact contact;
        final java.time.Instant updatedAt;
        final long version;
        final List<String> coverage = new ArrayList<>();
        final List<String> ciiu = new ArrayList<>();
        final List<SupplierProfile.ChainLink> chains = new ArrayList<>();
        final List<SupplierProfile.Offering> offerings = new ArrayList<>();
        final List<SupplierProfile.HeldCertification> certifications = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject(1, UUID.class);
            nit = rs.getString(2);
            legalName = rs.getString(3);
            tradeName = rs.getString(4);
            size = rs.getString(5);
            popularEconomy = rs.getBoolean(6);
            municipality = rs.getString(7);
            national = rs.getBoolean(8);
            description = rs.getString(9);
            inclusion = new SupplierProfile.Inclusion(rs.getBoolean(10), rs.getString(11), rs.getBoolean(12), rs.getBoolean(13));
            contact = new SupplierProfile.Contact(rs.getString(14), rs.getString(15), rs.getString(16));
            updatedAt = rs.getTimestamp(17).toInstant();
            version = rs.getLong(18);
        }

        StoredSupplier toStored() {
            // profiles written before the home department was always listed (demo data) get it here
            String home = municipality.substring(0, 2);
            if (!coverage.contains(home)) {
                coverage.add(0, home);
            } else if (!coverage.get(0).equals(home)) {
                coverage.remove(home);
                coverage.add(0, home);
            }
            return new StoredSupplier(id, version, updatedAt, new SupplierProfile(nit, legalName, tradeName, size,
                    popularEconomy, municipality, national, coverage, ciiu, chains, offerings, certifications,
                    inclusion, description, contact));
        }
    }
}
