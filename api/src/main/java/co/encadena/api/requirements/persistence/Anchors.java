package co.encadena.api.requirements.persistence;

import co.encadena.api.requirements.domain.AnchorProfile;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Anchor companies: organization rows of kind ANCHOR with their type. Runs in the caller's transaction. */
@Singleton
public class Anchors {

    private static final String SELECT = "SELECT id, kind, nit, legal_name, anchor_type, version, updated_at FROM organization";

    private final JdbcOperations jdbc;

    public Anchors(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An anchor to write and its organization. */
    public record Identified(UUID id, AnchorProfile profile) {
    }

    /** Creates anchor organizations (without login users) for NITs that have none. */
    public void insertMissing(Collection<AnchorProfile> anchors) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO organization (id, kind, nit, legal_name, anchor_type)
                    VALUES (?, 'ANCHOR', ?, ?, ?) ON CONFLICT (nit) DO NOTHING""")) {
                for (AnchorProfile a : anchors) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, a.nit());
                    ps.setString(3, a.name());
                    ps.setString(4, a.type());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Organizations holding these NITs, locked until the transaction ends (in id order: no deadlock). */
    public Map<String, AnchorRef> lockByNits(Collection<String> nits) {
        return jdbc.execute(c -> {
            Map<String, AnchorRef> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE nit = ANY(?) ORDER BY id FOR UPDATE")) {
                ps.setArray(1, c.createArrayOf("text", nits.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AnchorRef ref = read(rs);
                        found.put(rs.getString(3), ref);
                    }
                }
            }
            return found;
        });
    }

    public Optional<AnchorRef> findById(UUID id, boolean lock) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<AnchorRef>empty();
                }
            }
        });
    }

    public Optional<AnchorRef> findByNit(String nit) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE nit = ?")) {
                ps.setString(1, nit);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<AnchorRef>empty();
                }
            }
        });
    }

    /** Writes NIT, name and type; the version goes up only for rows that really change. */
    public void update(List<Identified> anchors) {
        if (anchors.isEmpty()) {
            return;
        }
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE organization SET nit = ?, legal_name = ?, anchor_type = ?, updated_at = now(), version = version + 1
                    WHERE id = ? AND (nit IS DISTINCT FROM ? OR legal_name IS DISTINCT FROM ? OR anchor_type IS DISTINCT FROM ?)""")) {
                for (Identified a : anchors) {
                    ps.setString(1, a.profile().nit());
                    ps.setString(2, a.profile().name());
                    ps.setString(3, a.profile().type());
                    ps.setObject(4, a.id());
                    ps.setString(5, a.profile().nit());
                    ps.setString(6, a.profile().name());
                    ps.setString(7, a.profile().type());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** A page of anchors, optionally by exact NIT or type, by name. */
    public List<AnchorRef> page(String nit, String type, String text, int page, int size) {
        return jdbc.execute(c -> {
            List<AnchorRef> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + WHERE + " ORDER BY lower(legal_name), id LIMIT ? OFFSET ?")) {
                int i = bindFilters(ps, nit, type, text);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
            }
            return found;
        });
    }

    public long count(String nit, String type, String text) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM organization" + WHERE)) {
                bindFilters(ps, nit, type, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static final String WHERE = " WHERE kind = 'ANCHOR' AND (?::text IS NULL OR nit = ?) "
            + "AND (?::text IS NULL OR anchor_type = ?) AND (?::text IS NULL OR lower(legal_name) LIKE ?)";

    private static int bindFilters(PreparedStatement ps, String nit, String type, String text) throws SQLException {
        ps.setString(1, nit);
        ps.setString(2, nit);
        ps.setString(3, type);
        ps.setString(4, type);
        String like = text == null ? null : "%" + text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        ps.setString(5, like);
        ps.setString(6, like);
        return 7;
    }

    private static AnchorRef read(ResultSet rs) throws SQLException {
        return new AnchorRef(rs.getObject(1, UUID.class), rs.getString(2),
                new AnchorProfile(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getLong(6),
                rs.getTimestamp(7).toInstant());
    }
}
