package org.kappractice.approvals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kappractice.base.Formats;

/** Which decisions an approval can take: requested -> approved | denied; approved -> revoked. Plain Java. */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    /** Why {@code decision} cannot be made on {@code approval} today; empty when it can. */
    public static List<String> refusals(HomeDoseApproval approval, ApprovalStatus decision, ApprovalPlan plan,
                                        LocalDate today) {
        List<String> refusals = new ArrayList<>();
        ApprovalStatus required = decision == ApprovalStatus.REVOKED ? ApprovalStatus.APPROVED : ApprovalStatus.REQUESTED;
        if (decision == ApprovalStatus.REQUESTED) {
            throw new IllegalArgumentException("A request is not a decision");
        }
        if (approval.status() != required) {
            refusals.add(approval.label() + " is " + approval.status().label().toLowerCase() + "; it can be "
                    + decision.label().toLowerCase() + " only while " + required.label().toLowerCase() + ".");
        }
        if (decision == ApprovalStatus.APPROVED && plan != null && plan.validTo() != null
                && plan.validTo().isBefore(today)) {
            refusals.add("Valid to " + Formats.date(plan.validTo()) + " is in the past: an approval must be valid "
                    + "today or later.");
        }
        return refusals;
    }
}
