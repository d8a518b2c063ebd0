package co.encadena.api.stats.persistence;

import co.encadena.api.stats.ProgrammeStats;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** Counts the programme's headline figures in one round trip. */
@Singleton
public class ProgrammeFigures {

    private static final String SQL = """
            SELECT
              (SELECT count(*) FROM organization o JOIN supplier_profile s ON s.organization_id = o.id) AS suppliers,
              (SELECT count(*) FROM organization WHERE kind = 'ANCHOR') AS anchors,
              (SELECT count(*) FROM requirement) AS requirements,
              (SELECT count(*) FROM requirement WHERE status = 'OPEN') AS open_requirements,
              (SELECT count(*) FROM rueda) AS ruedas,
              (SELECT count(DISTINCT m.department_code) FROM supplier_profile s
                 JOIN municipality m ON m.code = s.municipality_code) AS departments_covered
            """;

    private final JdbcOperations jdbc;

    public ProgrammeFigures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @io.micronaut.transaction.annotation.ReadOnly
    public ProgrammeStats current() {
        return jdbc.prepareStatement(SQL, ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return new ProgrammeStats(rs.getLong("suppliers"), rs.getLong("anchors"), rs.getLong("requirements"),
                        rs.getLong("open_requirements"), rs.getLong("ruedas"), rs.getLong("departments_covered"));
            }
        });
    }
}
