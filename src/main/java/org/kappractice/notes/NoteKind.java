package org.kappractice.notes;

import org.kappractice.security.Role;

/** The three kinds of clinical note, and the role that writes each. */
public enum NoteKind {
    SCREENING("Eligibility screening", Role.PRESCRIBER),
    PREPARATION("Preparation session", Role.THERAPIST),
    INTEGRATION("Integration session", Role.THERAPIST);

    private final String label;
    private final Role author;

    NoteKind(String label, Role author) {
        this.label = label;
        this.author = author;
    }

    public String label() {
        return label;
    }

    public Role authorRole() {
        return author;
    }
}
