package org.kappractice.notes;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** An integration session after one or more doses, with its DAP note and risk check. */
public record IntegrationContent(
        @NotNull(message = "Session date is required.")
        @PastOrPresent(message = "Session date cannot be in the future.")
        LocalDate sessionDate,
        @NotNull(message = "Duration is required.")
        @Min(value = 5, message = "Duration must be between 5 and 480 minutes.")
        @Max(value = 480, message = "Duration must be between 5 and 480 minutes.")
        Integer durationMinutes,
        @NotEmpty(message = "Follows dosing sessions: choose at least one dosing session.")
        Set<Long> dosingSessionIds,
        @NotBlank(message = "Data is required.")
        @Size(max = 8000, message = "Data must be at most 8000 characters.")
        String dataText,
        @NotBlank(message = "Assessment is required.")
        @Size(max = 8000, message = "Assessment must be at most 8000 characters.")
        String assessment,
        @NotBlank(message = "Plan is required.")
        @Size(max = 8000, message = "Plan must be at most 8000 characters.")
        String plan,
        @Size(max = 1000, message = "Themes must be at most 1000 characters.")
        String themes,
        @Size(max = 4000, message = "Insights must be at most 4000 characters.")
        String insights,
        @Size(max = 2000, message = "Homework must be at most 2000 characters.")
        String homework,
        @NotNull(message = "Risk check is required.")
        RiskCheck riskCheck,
        @Size(max = 2000, message = "Risk note must be at most 2000 characters.")
        String riskNote) implements NoteContent {

    public static final String RISK_NOTE_REQUIRED = "Risk note is required when a risk was identified.";

    public IntegrationContent {
        dosingSessionIds = dosingSessionIds == null ? Set.of() : Set.copyOf(dosingSessionIds);
        dataText = NoteContent.strip(dataText);
        assessment = NoteContent.strip(assessment);
        plan = NoteContent.strip(plan);
        themes = NoteContent.strip(themes);
        insights = NoteContent.strip(insights);
        homework = NoteContent.strip(homework);
        riskNote = NoteContent.strip(riskNote);
    }

    @Override
    public NoteKind kind() {
        return NoteKind.INTEGRATION;
    }

    @AssertTrue(message = RISK_NOTE_REQUIRED)
    public boolean isRiskExplained() {
        return riskCheck == null || riskCheck == RiskCheck.NO_CURRENT_RISK || !riskNote.isEmpty();
    }
}
