package org.kappractice.dosing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.kappractice.settings.BloodPressure;

/**
 * A dosing session as the clinician records it. The constraints here are the input rules (each
 * names its field); the safety rules that need the rest of the record are in {@link DoseRules}.
 */
public record DosingEntry(
        @NotNull(message = "Setting is required.")
        DosingSetting setting,
        @NotNull(message = "Session date is required.")
        @PastOrPresent(message = "Session date cannot be in the future: record a session once it has happened.")
        LocalDate sessionDate,
        @NotNull(message = "Start time is required.")
        LocalTime startTime,
        @NotNull(message = "End time is required.")
        LocalTime endTime,
        @NotNull(message = "Outcome is required.")
        DosingOutcome outcome,
        @Min(value = 1, message = "Dose must be between 1 and 1000 mg.")
        @Max(value = 1000, message = "Dose must be between 1 and 1000 mg.")
        Integer doseMg,
        @Min(value = 1, message = "Booster must be between 1 and 500 mg.")
        @Max(value = 500, message = "Booster must be between 1 and 500 mg.")
        Integer boosterMg,
        @Size(max = 40, message = "Lot number must be at most 40 characters.")
        String lotNumber,
        @NotNull(message = "Fasting hours is required.")
        @Min(value = 0, message = "Fasting hours must be between 0 and 48.")
        @Max(value = 48, message = "Fasting hours must be between 0 and 48.")
        Integer fastingHours,
        boolean substancesAvoided,
        @NotNull(message = "BP before (systolic) is required.")
        @Min(value = 60, message = "BP before (systolic) must be between 60 and 260 mmHg.")
        @Max(value = 260, message = "BP before (systolic) must be between 60 and 260 mmHg.")
        Integer systolicBefore,
        @NotNull(message = "BP before (diastolic) is required.")
        @Min(value = 30, message = "BP before (diastolic) must be between 30 and 160 mmHg.")
        @Max(value = 160, message = "BP before (diastolic) must be between 30 and 160 mmHg.")
        Integer diastolicBefore,
        @NotNull(message = "Heart rate before is required.")
        @Min(value = 25, message = "Heart rate before must be between 25 and 220 bpm.")
        @Max(value = 220, message = "Heart rate before must be between 25 and 220 bpm.")
        Integer heartRateBefore,
        @Min(value = 60, message = "BP after (systolic) must be between 60 and 260 mmHg.")
        @Max(value = 260, message = "BP after (systolic) must be between 60 and 260 mmHg.")
        Integer systolicAfter,
        @Min(value = 30, message = "BP after (diastolic) must be between 30 and 160 mmHg.")
        @Max(value = 160, message = "BP after (diastolic) must be between 30 and 160 mmHg.")
        Integer diastolicAfter,
        @Min(value = 25, message = "Heart rate after must be between 25 and 220 bpm.")
        @Max(value = 220, message = "Heart rate after must be between 25 and 220 bpm.")
        Integer heartRateAfter,
        @Min(value = 0, message = "Peak dissociation must be between 0 and 10.")
        @Max(value = 10, message = "Peak dissociation must be between 0 and 10.")
        Integer peakDissociation,
        List<@Valid AdverseEvent> adverseEvents,
        @Size(max = 2000, message = "Interventions must be at most 2000 characters.")
        String interventions,
        @Size(max = 8000, message = "Note must be at most 8000 characters.")
        String note,
        @Size(max = 2000, message = "Hold override reason must be at most 2000 characters.")
        String holdOverrideReason,
        Long approvalId,
        Long chaperoneId,
        @Valid
        ChaperoneAttestation attestation) {

    public static final String DOSE_WHEN_COMPLETED = "Dose is required when the outcome is completed.";
    public static final String NO_DOSE_WHEN_HELD = "Dose and booster must be empty when the session is held: a held session is not dosed.";
    public static final String LOT_WHEN_DOSED = "Lot number is required when a dose was given.";
    public static final String AFTER_WHEN_COMPLETED = "BP and heart rate after dosing are required when the outcome is completed.";
    public static final String DISSOCIATION_WHEN_COMPLETED = "Peak dissociation is required when the outcome is completed.";
    public static final String BOOSTER_NEEDS_DOSE = "Booster: a booster is given only after a dose.";
    public static final String TIMES_ORDERED = "End time must be after start time.";
    public static final String HOME_NEEDS_APPROVAL = "Approval: a home session is recorded against an at-home dose approval.";
    public static final String HOME_NEEDS_CHAPERONE = "Chaperone: a home session needs the chaperone who was present.";

    public DosingEntry {
        lotNumber = strip(lotNumber);
        interventions = strip(interventions);
        note = strip(note);
        holdOverrideReason = strip(holdOverrideReason);
        adverseEvents = adverseEvents == null ? List.of() : List.copyOf(adverseEvents);
        if (setting == DosingSetting.IN_OFFICE) {
            approvalId = null;
            chaperoneId = null;
            attestation = null;
        }
    }

    /** A dose was given (completed, or aborted after dosing). */
    public boolean dosed() {
        return doseMg != null;
    }

    public int totalMg() {
        return (doseMg == null ? 0 : doseMg) + (boosterMg == null ? 0 : boosterMg);
    }

    public BloodPressure bloodPressureBefore() {
        return new BloodPressure(systolicBefore, diastolicBefore);
    }

    public boolean atHome() {
        return setting == DosingSetting.AT_HOME;
    }

    @AssertTrue(message = DOSE_WHEN_COMPLETED)
    public boolean isDoseGivenWhenCompleted() {
        return outcome != DosingOutcome.COMPLETED || doseMg != null;
    }

    @AssertTrue(message = NO_DOSE_WHEN_HELD)
    public boolean isNotDosedWhenHeld() {
        return outcome != DosingOutcome.HELD || (doseMg == null && boosterMg == null);
    }

    @AssertTrue(message = LOT_WHEN_DOSED)
    public boolean isLotRecordedWhenDosed() {
        return doseMg == null || !lotNumber.isEmpty();
    }

    @AssertTrue(message = AFTER_WHEN_COMPLETED)
    public boolean isAfterVitalsRecorded() {
        return outcome != DosingOutcome.COMPLETED
                || (systolicAfter != null && diastolicAfter != null && heartRateAfter != null);
    }

    @AssertTrue(message = DISSOCIATION_WHEN_COMPLETED)
    public boolean isDissociationRated() {
        return outcome != DosingOutcome.COMPLETED || peakDissociation != null;
    }

    @AssertTrue(message = BOOSTER_NEEDS_DOSE)
    public boolean isBoosterAfterDose() {
        return boosterMg == null || doseMg != null;
    }

    @AssertTrue(message = TIMES_ORDERED)
    public boolean isTimesOrdered() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    @AssertTrue(message = HOME_NEEDS_APPROVAL)
    public boolean isApprovalGivenAtHome() {
        return setting != DosingSetting.AT_HOME || approvalId != null;
    }

    @AssertTrue(message = HOME_NEEDS_CHAPERONE)
    public boolean isChaperoneGivenAtHome() {
        return setting != DosingSetting.AT_HOME || chaperoneId != null;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
