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

    /** The UUID in the first column. */
    public static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject(1, UUID.class);
    }
}
