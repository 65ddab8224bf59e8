package org.kappractice.dosing;

/** How a dosing session ended. */
public enum DosingOutcome {
    COMPLETED("Completed"),
    HELD("Held, not dosed"),
    ABORTED("Aborted");

    private final String label;

    DosingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
