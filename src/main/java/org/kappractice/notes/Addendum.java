package org.kappractice.notes;

import java.time.OffsetDateTime;

/** A signed addition to a signed note. */
public record Addendum(long id, String authorName, OffsetDateTime signedAt, String text) {
}
