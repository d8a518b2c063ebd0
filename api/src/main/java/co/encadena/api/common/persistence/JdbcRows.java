package co.encadena.api.common.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Small JDBC helpers shared by the hand-written repositories (dynamic filters, batch reads by id). */
public final class JdbcRows {

    private JdbcRows() {
    }

    /** Reads one row. */
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Binds positional parameters in order. */
    public static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** Runs {@code sql}, whose only parameter is the id array, and hands every row to {@code consumer}. */
    public static void eachRow(Connection c, Array ids, String sql, RowConsumer consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        }
    }

    /**
     * Runs {@code sql} — typically {@code INSERT … SELECT … FROM unnest(?::uuid[], ?::text[], …)} — with one array
     * per column: a whole batch of rows in one statement, parsed and planned once, whatever its size.
     * @param types the PostgreSQL element type of each column, in parameter order
     * @param rows the values of each row, in the order of {@code types} (nulls allowed)
     * @return the update count
     */
    public static int columnar(Connection c, String sql, List<String> types, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int col = 0; col < types.size(); col++) {
                Object[] values = new Object[rows.size()];
                for (int r = 0; r < values.length; r++) {
                    values[r] = rows.get(r)[col];
                }
                ps.setArray(col + 1, c.createArrayOf(types.get(col), values));
            }
            return ps.executeUpdate();
        }
    }

    /** The UUID in the first column. */
    public static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject(1, UUID.class);
    }
}
