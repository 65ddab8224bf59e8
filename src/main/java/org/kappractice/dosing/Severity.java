package org.kappractice.dosing;

/** How severe an adverse event was. */
public enum Severity {
    MILD("Mild"),
    MODERATE("Moderate"),
    SEVERE("Severe");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
