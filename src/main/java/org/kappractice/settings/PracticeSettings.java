package org.kappractice.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The practice's thresholds for the safety rules and what is due next; an admin keeps them. */
public record PracticeSettings(
        @Min(value = 0, message = "Required preparation sessions must be between 0 and 10.")
        @Max(value = 10, message = "Required preparation sessions must be between 0 and 10.")
        @NotNull(message = "Required preparation sessions is required.")
        Integer requiredPreparationSessions,
        @Min(value = 120, message = "Hold limit systolic must be between 120 and 220 mmHg.")
        @Max(value = 220, message = "Hold limit systolic must be between 120 and 220 mmHg.")
        @NotNull(message = "Hold limit systolic is required.")
        Integer holdSystolic,
        @Min(value = 70, message = "Hold limit diastolic must be between 70 and 140 mmHg.")
        @Max(value = 140, message = "Hold limit diastolic must be between 70 and 140 mmHg.")
        @NotNull(message = "Hold limit diastolic is required.")
        Integer holdDiastolic,
        @Min(value = 1, message = "Integration due within must be between 1 and 30 days.")
        @Max(value = 30, message = "Integration due within must be between 1 and 30 days.")
        @NotNull(message = "Integration due within is required.")
        Integer integrationDueDays,
        @Min(value = 1, message = "Approval expiry warning must be between 1 and 60 days.")
        @Max(value = 60, message = "Approval expiry warning must be between 1 and 60 days.")
        @NotNull(message = "Approval expiry warning is required.")
        Integer approvalWarningDays) {

    /** The practice's default hold limit as a blood-pressure pair. */
    public BloodPressure holdLimit() {
        return new BloodPressure(holdSystolic, holdDiastolic);
    }
}
