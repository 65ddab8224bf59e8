package org.kappractice.audit;

/** The result of walking the audit chain: intact with N entries, or the first entry that breaks it. */
public record ChainVerification(boolean intact, long entries, String finding) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, "Audit trail intact, " + entries + " entries.");
    }

    static ChainVerification broken(long checked, String finding) {
        return new ChainVerification(false, checked, finding);
    }
}
