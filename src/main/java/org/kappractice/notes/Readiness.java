package org.kappractice.notes;

/** The therapist's view, after a preparation session, of whether the patient is ready to dose. */
public enum Readiness {
    READY("Ready"),
    NOT_YET("Not yet");

    private final String label;

    Readiness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
