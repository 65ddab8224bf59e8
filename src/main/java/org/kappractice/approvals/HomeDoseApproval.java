package org.kappractice.approvals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An at-home dose approval with its request, the approved plan (once approved), signatures and use so far. */
public record HomeDoseApproval(long id, long patientId, ApprovalStatus status, String requestedByName,
                               OffsetDateTime requestedAt, ApprovalRequest request, ApprovalPlan plan,
                               List<ApprovalSignature> signatures, int sessionsUsed, int version) {

    public HomeDoseApproval {
        signatures = List.copyOf(signatures);
    }

    public String label() {
        return "Approval #" + id;
    }

    public Optional<ApprovalSignature> signature(ApprovalStatus meaning) {
        return signatures.stream().filter(s -> s.meaning() == meaning).findFirst();
    }

    public int remainingSessions() {
        return plan == null ? 0 : Math.max(0, plan.sessionsAuthorised() - sessionsUsed);
    }

    public ApprovalState stateOn(LocalDate day) {
        return switch (status) {
            case REQUESTED -> ApprovalState.REQUESTED;
            case DENIED -> ApprovalState.DENIED;
            case REVOKED -> ApprovalState.REVOKED;
            case APPROVED -> {
                if (day.isAfter(plan.validTo())) {
                    yield ApprovalState.EXPIRED;
                }
                if (remainingSessions() == 0) {
                    yield ApprovalState.USED_UP;
                }
                yield day.isBefore(plan.validFrom()) ? ApprovalState.NOT_YET_VALID : ApprovalState.ACTIVE;
            }
        };
    }
}
