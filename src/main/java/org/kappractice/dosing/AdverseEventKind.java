package org.kappractice.dosing;

/** Adverse events watched for during and after a dose. */
public enum AdverseEventKind {
    NAUSEA("Nausea"),
    VOMITING("Vomiting"),
    DIZZINESS("Dizziness"),
    HEADACHE("Headache"),
    RAISED_BP("Raised blood pressure"),
    DYSPHORIA_ANXIETY("Dysphoria or anxiety"),
    CONFUSION("Confusion"),
    OTHER("Other");

    private final String label;

    AdverseEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
