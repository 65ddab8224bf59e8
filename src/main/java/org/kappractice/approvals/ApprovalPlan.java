package org.kappractice.approvals;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kappractice.settings.BloodPressure;

/** What a prescriber approves for home sessions. Hold limits are optional: without them the practice's apply. */
public record ApprovalPlan(
        @NotNull(message = "Form is required.")
        DoseForm form,
        @NotNull(message = "Strength is required.")
        @Min(value = 1, message = "Strength must be between 1 and 1000 mg.")
        @Max(value = 1000, message = "Strength must be between 1 and 1000 mg.")
        Integer strengthMg,
        @NotNull(message = "Max per session is required.")
        @Min(value = 1, message = "Max per session must be between 1 and 1000 mg.")
        @Max(value = 1000, message = "Max per session must be between 1 and 1000 mg.")
        Integer maxMg,
        @Min(value = 1, message = "Booster must be between 1 and 500 mg, or empty for no booster.")
        @Max(value = 500, message = "Booster must be between 1 and 500 mg, or empty for no booster.")
        Integer boosterMg,
        @NotNull(message = "Sessions authorised is required.")
        @Min(value = 1, message = "Sessions authorised must be between 1 and 12.")
        @Max(value = 12, message = "Sessions authorised must be between 1 and 12.")
        Integer sessionsAuthorised,
        @NotNull(message = "Minimum days between doses is required.")
        @Min(value = 1, message = "Minimum days between doses must be between 1 and 90.")
        @Max(value = 90, message = "Minimum days between doses must be between 1 and 90.")
        Integer minDaysBetween,
        @NotNull(message = "Valid from is required.")
        LocalDate validFrom,
        @NotNull(message = "Valid to is required.")
        LocalDate validTo,
        @Min(value = 120, message = "Hold limit systolic must be between 120 and 220 mmHg.")
        @Max(value = 220, message = "Hold limit systolic must be between 120 and 220 mmHg.")
        Integer holdSystolic,
        @Min(value = 70, message = "Hold limit diastolic must be between 70 and 140 mmHg.")
        @Max(value = 140, message = "Hold limit diastolic must be between 70 and 140 mmHg.")
        Integer holdDiastolic,
        @Size(max = 2000, message = "Conditions must be at most 2000 characters.")
        String conditions) {

    public static final String VALID_DATES_ORDERED = "Valid to must be on or after valid from.";
    public static final String BOOSTER_BELOW_MAX = "Booster must be less than the max per session (it is part of it).";
    public static final String HOLD_LIMITS_PAIRED = "Hold limits: enter both systolic and diastolic, or neither to use the practice's.";

    public ApprovalPlan {
        conditions = conditions == null ? "" : conditions.strip();
    }

    @AssertTrue(message = VALID_DATES_ORDERED)
    public boolean isValidDatesOrdered() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }

    @AssertTrue(message = BOOSTER_BELOW_MAX)
    public boolean isBoosterBelowMax() {
        return boosterMg == null || maxMg == null || boosterMg < maxMg;
    }

    @AssertTrue(message = HOLD_LIMITS_PAIRED)
    public boolean isHoldLimitsPaired() {
        return (holdSystolic == null) == (holdDiastolic == null);
    }

    /** The approval's own hold limit, or null when the practice's applies. */
    public BloodPressure holdLimit() {
        return holdSystolic == null || holdDiastolic == null ? null : new BloodPressure(holdSystolic, holdDiastolic);
    }
}
