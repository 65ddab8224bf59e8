package org.kappractice.approvals;

/** Where an approval stands on a given day, from its decision, its dates and the home sessions recorded. */
public enum ApprovalState {
    REQUESTED("Awaiting prescriber"),
    ACTIVE("Approved"),
    NOT_YET_VALID("Approved, not yet valid"),
    USED_UP("Used up"),
    EXPIRED("Expired"),
    DENIED("Denied"),
    REVOKED("Revoked");

    private final String label;

    ApprovalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
