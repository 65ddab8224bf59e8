package org.kappractice.notes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Who wrote a note for which patient, and where it stands: draft, signed, or entered in error. */
public record NoteHeader(long id, long patientId, NoteKind kind, LocalDate sessionDate, long authorId,
                         String authorName, OffsetDateTime createdAt, OffsetDateTime signedAt,
                         EnteredInError enteredInError, int version) {

    public boolean signed() {
        return signedAt != null;
    }

    public boolean inError() {
        return enteredInError != null;
    }

    /** Counts toward the course: signed and not entered in error. */
    public boolean completed() {
        return signed() && !inError();
    }

    public String status() {
        if (inError()) {
            return "Entered in error";
        }
        return signed() ? "Signed" : "Draft";
    }
}
