package org.kappractice.notes;

/** The prescriber's screening decision. */
public enum EligibilityDecision {
    ELIGIBLE("Eligible"),
    ELIGIBLE_WITH_CAUTIONS("Eligible with cautions"),
    NOT_ELIGIBLE("Not eligible");

    private final String label;

    EligibilityDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean allowsDosing() {
        return this != NOT_ELIGIBLE;
    }
}
