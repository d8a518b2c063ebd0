package co.encadena.api.ruedas.documents;

import java.util.List;
import java.util.Objects;

/**
 * The meetings at one table, for the venue staff who check attendance there.
 *
 * @param ownerName the anchor that hosts the table; null for a shared table
 */
public record TableSheet(String tableCode, String tableName, String ownerName, List<TableSheetRow> rows) {

    public TableSheet {
        Objects.requireNonNull(tableCode, "a table sheet needs the table's code");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The table as people read it: its name, else its code. */
    public String tableLabel() {
        return tableName != null && !tableName.isBlank() ? tableName : tableCode;
    }
}
