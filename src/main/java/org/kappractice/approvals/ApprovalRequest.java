package org.kappractice.approvals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A therapist's request for at-home dosing: the dose and number of sessions proposed, and why. */
public record ApprovalRequest(
        @NotNull(message = "Proposed dose is required.")
        @Min(value = 1, message = "Proposed dose must be between 1 and 1000 mg.")
        @Max(value = 1000, message = "Proposed dose must be between 1 and 1000 mg.")
        Integer proposedMg,
        @NotNull(message = "Proposed sessions is required.")
        @Min(value = 1, message = "Proposed sessions must be between 1 and 12.")
        @Max(value = 12, message = "Proposed sessions must be between 1 and 12.")
        Integer proposedSessions,
        @NotBlank(message = "Reason is required.")
        @Size(max = 2000, message = "Reason must be at most 2000 characters.")
        String reason) {

    public ApprovalRequest {
        reason = reason == null ? "" : reason.strip();
    }
}
