package co.encadena.api.organizations.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** The {@code organization} table: suppliers, anchors and organizers, keyed by NIT where they have one. */
@Singleton
@Transactional
public class Organizations {

    /** An organization as the accounts feature needs it. */
    @Serdeable
    public record OrganizationRow(UUID id, String kind, @Nullable String nit, String legalName,
                                  @Nullable String anchorType) {
    }

    private final JdbcOperations jdbc;

    public Organizations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganizationRow> findById(UUID id) {
        return one("SELECT id, kind, nit, legal_name, anchor_type FROM organization WHERE id = ?", id);
    }

    public Optional<OrganizationRow> findByNit(String nit) {
        return one("SELECT id, kind, nit, legal_name, anchor_type FROM organization WHERE nit = ?", nit);
    }

    public OrganizationRow insert(String kind, @Nullable String nit, String legalName, @Nullable String anchorType) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("INSERT INTO organization (id, kind, nit, legal_name, anchor_type) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, id);
            ps.setString(2, kind);
            ps.setString(3, nit);
            ps.setString(4, legalName);
            ps.setString(5, anchorType);
            return ps.executeUpdate();
        });
        return new OrganizationRow(id, kind, nit, legalName, anchorType);
    }

    private Optional<OrganizationRow> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, key);
            try (var rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new OrganizationRow((UUID) rs.getObject(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5)))
                        : Optional.<OrganizationRow>empty();
            }
        });
    }
}
