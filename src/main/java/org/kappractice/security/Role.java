package org.kappractice.security;

/** The four kinds of staff, with the rights KAP.md gives them. */
public enum Role {
    THERAPIST("Therapist"),
    PRESCRIBER("Prescriber"),
    SUPERVISOR("Supervisor"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Therapists and prescribers own caseloads and may be supervised. */
    public boolean isClinician() {
        return this == THERAPIST || this == PRESCRIBER;
    }
}
