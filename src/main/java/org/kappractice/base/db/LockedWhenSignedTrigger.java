package org.kappractice.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * An H2 trigger that locks a row once it is signed ({@code SIGNED_AT}) or recorded ({@code RECORDED_AT}):
 * afterwards only the entered-in-error mark, and the version that guards it, may change.
 */
public class LockedWhenSignedTrigger implements Trigger {
    private static final Set<String> MAY_CHANGE = Set.of("ENTERED_IN_ERROR_AT", "ENTERED_IN_ERROR_BY",
            "ENTERED_IN_ERROR_REASON", "VERSION");

    private String table;
    private List<String> columns;
    private int signedAt;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase();
        this.columns = TableColumns.of(connection, schema, table);
        this.signedAt = columns.contains("SIGNED_AT") ? columns.indexOf("SIGNED_AT") : columns.indexOf("RECORDED_AT");
        if (signedAt < 0) {
            throw new SQLException(table + " has no SIGNED_AT or RECORDED_AT column to lock on");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow[signedAt] == null) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!MAY_CHANGE.contains(columns.get(i)) && !Objects.equals(oldRow[i], newRow[i])) {
                throw new SQLException("UPDATE of " + columns.get(i).toLowerCase() + " on " + table
                        + " refused: signed records are locked; changes are addenda", "45000");
            }
        }
    }
}
