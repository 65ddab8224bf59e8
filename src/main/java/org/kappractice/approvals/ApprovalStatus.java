package org.kappractice.approvals;

/** The decision stored on an approval; "expired" and "used up" are computed, see {@link ApprovalState}. */
public enum ApprovalStatus {
    REQUESTED("Requested"),
    APPROVED("Approved"),
    DENIED("Denied"),
    REVOKED("Revoked");

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
