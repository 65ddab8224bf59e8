package org.kappractice.notes;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An eligibility screening: contraindications, baseline vitals and weight, the decision and why. */
public record ScreeningContent(
        @NotNull(message = "Screening date is required.")
        @PastOrPresent(message = "Screening date cannot be in the future.")
        LocalDate sessionDate,
        Set<Contraindication> contraindications,
        @NotNull(message = "Baseline systolic is required.")
        @Min(value = 60, message = "Baseline systolic must be between 60 and 260 mmHg.")
        @Max(value = 260, message = "Baseline systolic must be between 60 and 260 mmHg.")
        Integer baselineSystolic,
        @NotNull(message = "Baseline diastolic is required.")
        @Min(value = 30, message = "Baseline diastolic must be between 30 and 160 mmHg.")
        @Max(value = 160, message = "Baseline diastolic must be between 30 and 160 mmHg.")
        Integer baselineDiastolic,
        @NotNull(message = "Baseline heart rate is required.")
        @Min(value = 25, message = "Baseline heart rate must be between 25 and 220 bpm.")
        @Max(value = 220, message = "Baseline heart rate must be between 25 and 220 bpm.")
        Integer baselineHeartRate,
        @NotNull(message = "Weight is required.")
        @DecimalMin(value = "25", message = "Weight must be between 25 and 350 kg.")
        @DecimalMax(value = "350", message = "Weight must be between 25 and 350 kg.")
        BigDecimal weightKg,
        @NotNull(message = "Decision is required.")
        EligibilityDecision decision,
        @NotBlank(message = "Rationale is required.")
        @Size(max = 4000, message = "Rationale must be at most 4000 characters.")
        String rationale) implements NoteContent {

    public static final String DECISION_CONSISTENT = "Decision: with a contraindication ticked, the decision must be "
            + "\"eligible with cautions\" or \"not eligible\".";

    public ScreeningContent {
        contraindications = contraindications == null || contraindications.isEmpty()
                ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(contraindications));
        rationale = NoteContent.strip(rationale);
    }

    @Override
    public NoteKind kind() {
        return NoteKind.SCREENING;
    }

    @AssertTrue(message = DECISION_CONSISTENT)
    public boolean isDecisionConsistent() {
        return contraindications.isEmpty() || decision != EligibilityDecision.ELIGIBLE;
    }

    @AssertTrue(message = "Baseline diastolic must be lower than baseline systolic.")
    public boolean isBloodPressurePlausible() {
        return baselineSystolic == null || baselineDiastolic == null || baselineDiastolic < baselineSystolic;
    }
}
