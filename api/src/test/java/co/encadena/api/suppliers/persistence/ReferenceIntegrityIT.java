package co.encadena.api.suppliers.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.encadena.api.support.IntegrationTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A supplier profile never names a code that is not in the reference data, although its lists are checked per
 * statement instead of by foreign keys (ADR 0033): unknown codes are refused on insert and on update, and
 * reference rows cannot be deleted or re-keyed from under a profile. Runs in a transaction that is rolled back.
 */
@IntegrationTest
class ReferenceIntegrityIT {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String RESTRICT_VIOLATION = "23001";

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void unknownCodesAreRefusedInEveryListOfAProfileAndKnownOnesAccepted() {
        inRolledBackTransaction(c -> {
            UUID org = supplier(c, "52835");
            // what the reference data holds is accepted, several rows in one statement
            run(c, "INSERT INTO supplier_coverage (organization_id, department_code, position) VALUES "
                    + "('" + org + "', '52', 0), ('" + org + "', '44', 1)");
            run(c, "INSERT INTO supplier_ciiu (organization_id, ciiu_code, position) VALUES ('" + org + "', '1011', 0)");
            run(c, "INSERT INTO supplier_value_chain (organization_id, chain_code, link_code, position) VALUES "
                    + "('" + org + "', 'ENERGIAS_RENOVABLES', 'LOGISTICA', 0)");
            run(c, "INSERT INTO supplier_certification (organization_id, certification_code, position) VALUES "
                    + "('" + org + "', 'HACCP', 0)");

            // one unknown code among known ones refuses the whole statement
            refused(c, FOREIGN_KEY_VIOLATION, "INSERT INTO supplier_coverage (organization_id, department_code, position) "
                    + "VALUES ('" + org + "', '05', 2), ('" + org + "', 'XX', 3)");
            refused(c, FOREIGN_KEY_VIOLATION, "INSERT INTO supplier_ciiu (organization_id, ciiu_code, position) "
                    + "VALUES ('" + org + "', '9998', 1)");
            refused(c, FOREIGN_KEY_VIOLATION, "INSERT INTO supplier_value_chain (organization_id, chain_code, link_code, position) "
                    + "VALUES ('" + org + "', 'ENERGIAS_RENOVABLES', 'NO_ES_ESLABON', 1)");
            refused(c, FOREIGN_KEY_VIOLATION, "INSERT INTO supplier_value_chain (organization_id, chain_code, link_code, position) "
                    + "VALUES ('" + org + "', 'NO_ES_CADENA', 'LOGISTICA', 1)");
            refused(c, FOREIGN_KEY_VIOLATION, "INSERT INTO supplier_certification (organization_id, certification_code, position) "
                    + "VALUES ('" + org + "', 'NO_ES_CERTIFICADO', 1)");
            refused(c, FOREIGN_KEY_VIOLATION, "INSERT INTO organization (id, kind, nit, legal_name) VALUES "
                    + "('" + UUID.randomUUID() + "', 'SUPPLIER', '900000002-8', 'Otra'); INSERT INTO supplier_profile "
                    + "(organization_id, size, municipality_code) SELECT id, 'MICRO', '99998' FROM organization WHERE nit = '900000002-8'");

            // and on update
            refused(c, FOREIGN_KEY_VIOLATION, "UPDATE supplier_profile SET municipality_code = '99998' WHERE organization_id = '" + org + "'");
            refused(c, FOREIGN_KEY_VIOLATION, "UPDATE supplier_coverage SET department_code = 'XX' WHERE organization_id = '" + org + "' AND department_code = '44'");
            refused(c, FOREIGN_KEY_VIOLATION, "UPDATE supplier_certification SET certification_code = 'NO' WHERE organization_id = '" + org + "'");
            run(c, "UPDATE supplier_profile SET municipality_code = '44001' WHERE organization_id = '" + org + "'");
            assertEquals(2, count(c, "SELECT count(*) FROM supplier_coverage WHERE organization_id = '" + org + "'"));
        });
    }

    @Test
    void referenceRowsAreNeverDeletedNorReKeyedButMayBeRenamed() {
        inRolledBackTransaction(c -> {
            refused(c, RESTRICT_VIOLATION, "DELETE FROM department WHERE code = '91'");
            refused(c, RESTRICT_VIOLATION, "DELETE FROM municipality WHERE code = '52835'");
            refused(c, RESTRICT_VIOLATION, "UPDATE certification SET code = 'HACCP_2' WHERE code = 'HACCP'");
            refused(c, RESTRICT_VIOLATION, "UPDATE ciiu_activity SET code = '9997' WHERE code = '1011'");
            refused(c, RESTRICT_VIOLATION, "DELETE FROM value_chain_link WHERE code = 'LOGISTICA'");
            refused(c, RESTRICT_VIOLATION, "TRUNCATE value_chain CASCADE");
            // what the reference data loader does: upsert names, keep codes
            run(c, "UPDATE value_chain SET name = name || ' (revisada)' WHERE code = 'ENERGIAS_RENOVABLES'");
            run(c, "UPDATE certification SET code = code WHERE code = 'HACCP'");
            assertEquals(1, count(c, "SELECT count(*) FROM value_chain WHERE name LIKE '% (revisada)'"));
        });
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inRolledBackTransaction(Work work) {
        transactions.executeWrite(status -> {
            try {
                work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
            return null;
        });
    }

    private static UUID supplier(Connection c, String municipality) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO organization (id, kind, nit, legal_name) VALUES ('" + id + "', 'SUPPLIER', '900000001-1', 'Prueba')");
        run(c, "INSERT INTO supplier_profile (organization_id, size, municipality_code) VALUES ('" + id + "', 'MICRO', '" + municipality + "')");
        return id;
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The statement fails with the SQL state given and changes nothing (the transaction goes on). */
    private static void refused(Connection c, String sqlState, String sql) throws SQLException {
        Savepoint before = c.setSavepoint();
        SQLException e = assertThrows(SQLException.class, () -> run(c, sql), sql);
        assertEquals(sqlState, e.getSQLState(), () -> sql + " → " + e.getMessage());
        c.rollback(before);
    }
}
