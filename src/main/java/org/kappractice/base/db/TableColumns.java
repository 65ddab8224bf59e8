package org.kappractice.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The column names of a table in the order H2 hands rows to triggers. */
final class TableColumns {

    private TableColumns() {
    }

    static List<String> of(Connection connection, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toUpperCase()); // JDBC orders them by position
            }
        }
        return names;
    }
}
