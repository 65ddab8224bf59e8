package org.kappractice.approvals;

/** The sublingual ketamine forms prescribed for home sessions. */
public enum DoseForm {
    SUBLINGUAL_RDT("Sublingual rapid-dissolve tablet"),
    TROCHE("Troche (lozenge)");

    private final String label;

    DoseForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
