package org.kappractice.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger that refuses changes to a note's content (any table with a {@code NOTE_ID}) once the note is signed. */
public class SignedNoteContentTrigger implements Trigger {
    private String table;
    private int noteId;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase();
        this.noteId = TableColumns.of(connection, schema, table).indexOf("NOTE_ID");
        if (noteId < 0) {
            throw new SQLException(table + " has no NOTE_ID column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        refuseIfSigned(connection, oldRow);
        refuseIfSigned(connection, newRow);
    }

    private void refuseIfSigned(Connection connection, Object[] row) throws SQLException {
        if (row == null) {
            return;
        }
        try (var query = connection.prepareStatement("SELECT signed_at FROM clinical_note WHERE id = ?")) {
            query.setObject(1, row[noteId]);
            try (var result = query.executeQuery()) {
                if (result.next() && result.getObject(1) != null) {
                    throw new SQLException("Change on " + table + " refused: note " + row[noteId]
                            + " is signed; changes are addenda", "45000");
                }
            }
        }
    }
}
