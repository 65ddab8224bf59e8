package org.kappractice.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED_LOCKED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    SIGN_OUT_EVERYWHERE,
    VIEW,
    CREATE,
    CHANGE,
    ACCESS_DENIED,
    VERIFY_AUDIT_TRAIL,
    /** A clinician signed a note. */
    SIGN,
    ADD_ADDENDUM,
    MARK_ENTERED_IN_ERROR,
    REQUEST_APPROVAL,
    /** A prescriber's signed decisions on an at-home dose approval. */
    APPROVE,
    DENY,
    REVOKE,
    /** A safety rule refused an action; the detail says which. */
    REFUSED_BY_RULE,
    /** A password e-signature did not match. */
    SIGNATURE_REFUSED
}
