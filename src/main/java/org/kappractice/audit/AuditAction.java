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
    VERIFY_AUDIT_TRAIL
}
