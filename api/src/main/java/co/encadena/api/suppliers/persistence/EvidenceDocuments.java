package co.encadena.api.suppliers.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Which evidence document belongs to which certification of which supplier (the files are in {@link EvidenceFiles}). */
@Singleton
public class EvidenceDocuments {

    private final JdbcOperations jdbc;

    public EvidenceDocuments(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An evidence document's row. */
    public record Evidence(UUID organizationId, String certificationCode, String storedName, String originalName,
                           String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    public Optional<Evidence> find(UUID organizationId, String code) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE organization_id = ? AND certification_code = ?")) {
                ps.setObject(1, organizationId);
                ps.setString(2, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Evidence>empty();
                }
            }
        });
    }

    /** Every evidence document of a supplier, by certification code. */
    public Map<String, Evidence> of(UUID organizationId) {
        return jdbc.execute(c -> {
            Map<String, Evidence> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE organization_id = ?")) {
                ps.setObject(1, organizationId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Evidence e = read(rs);
                        found.put(e.certificationCode(), e);
                    }
                }
            }
            return found;
        });
    }

    /** Which of these suppliers have evidence for which codes (for lists). */
    public Map<UUID, List<String>> codesOf(List<UUID> organizationIds) {
        return jdbc.execute(c -> {
            Map<UUID, List<String>> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT organization_id, certification_code FROM supplier_certification_evidence WHERE organization_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", organizationIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return found;
        });
    }

    /** Stores the row, replacing any previous one; returns the previous row (its file is now unreferenced). */
    public Optional<Evidence> replace(Evidence e) {
        Optional<Evidence> previous = find(e.organizationId(), e.certificationCode());
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO supplier_certification_evidence (organization_id, certification_code, stored_name,
                      original_name, media_type, size_bytes, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (organization_id, certification_code) DO UPDATE SET stored_name = EXCLUDED.stored_name,
                      original_name = EXCLUDED.original_name, media_type = EXCLUDED.media_type,
                      size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, uploaded_at = EXCLUDED.uploaded_at""")) {
                ps.setObject(1, e.organizationId());
                ps.setString(2, e.certificationCode());
                ps.setString(3, e.storedName());
                ps.setString(4, e.originalName());
                ps.setString(5, e.mediaType());
                ps.setLong(6, e.sizeBytes());
                ps.setString(7, e.sha256());
                ps.setTimestamp(8, Timestamp.from(e.uploadedAt()));
                ps.executeUpdate();
            }
            return null;
        });
        return previous;
    }

    /** Deletes the row; returns it if there was one. */
    public Optional<Evidence> delete(UUID organizationId, String code) {
        Optional<Evidence> previous = find(organizationId, code);
        previous.ifPresent(e -> jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM supplier_certification_evidence WHERE organization_id = ? AND certification_code = ?")) {
                ps.setObject(1, organizationId);
                ps.setString(2, code);
                ps.executeUpdate();
            }
            return null;
        }));
        return previous;
    }

    private static final String SELECT = "SELECT organization_id, certification_code, stored_name, original_name, "
            + "media_type, size_bytes, sha256, uploaded_at FROM supplier_certification_evidence";

    private static Evidence read(ResultSet rs) throws SQLException {
        return new Evidence(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
