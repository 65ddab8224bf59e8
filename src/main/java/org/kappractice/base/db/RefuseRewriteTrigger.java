package org.kappractice.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses the statement it is attached to: records that are kept as written
 * (the audit trail, case files) cannot be rewritten or removed, not even with plain SQL.
 */
public class RefuseRewriteTrigger implements Trigger {
    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table.toLowerCase();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(what + " on " + table + " refused: these records are kept as written", "45000");
    }
}
