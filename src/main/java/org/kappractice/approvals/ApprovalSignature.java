package org.kappractice.approvals;

import java.time.OffsetDateTime;

/** A prescriber's e-signature on an approval: name as it was, time, meaning and, for a denial or revocation, why. */
public record ApprovalSignature(ApprovalStatus meaning, String signerName, OffsetDateTime signedAt, String reason) {

    public String statement() {
        return meaning.label() + " by " + signerName;
    }
}
