package org.kappractice.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** "What changed" between two versions of a record, written for the audit trail. */
public final class AuditDiff {

    private AuditDiff() {
    }

    /** Lists every component whose value differs, as {@code name: 'old' -> 'new'}; empty when nothing changed. */
    public static String between(Record before, Record after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("Cannot compare " + before.getClass() + " with " + after.getClass());
        }
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object was = read(component, before);
            Object now = read(component, after);
            if (!Objects.equals(was, now)) {
                changes.add(component.getName() + ": '" + text(was) + "' -> '" + text(now) + "'");
            }
        }
        return String.join("; ", changes);
    }

    /** Every component and its value, for the audit entry of a new record. */
    public static String describe(Record created) {
        List<String> values = new ArrayList<>();
        for (RecordComponent component : created.getClass().getRecordComponents()) {
            values.add(component.getName() + ": '" + text(read(component, created)) + "'");
        }
        return String.join("; ", values);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true); // services describe changes with their own private records
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
