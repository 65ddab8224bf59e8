package org.kappractice.dosing;

/** Where a dose is taken. */
public enum DosingSetting {
    IN_OFFICE("In office"),
    AT_HOME("At home");

    private final String label;

    DosingSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
