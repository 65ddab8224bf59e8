package org.kappractice.notes;

import java.time.OffsetDateTime;

/** The mark on a clinical record that was entered in error: it stays in the record, with who, when and why. */
public record EnteredInError(String byName, OffsetDateTime at, String reason) {
}
