package org.kappractice.notes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A preparation session: what the patient hopes for, what was covered, and whether they are ready. */
public record PreparationContent(
        @NotNull(message = "Session date is required.")
        @PastOrPresent(message = "Session date cannot be in the future.")
        LocalDate sessionDate,
        @NotNull(message = "Duration is required.")
        @Min(value = 5, message = "Duration must be between 5 and 480 minutes.")
        @Max(value = 480, message = "Duration must be between 5 and 480 minutes.")
        Integer durationMinutes,
        @NotBlank(message = "Intentions are required.")
        @Size(max = 2000, message = "Intentions must be at most 2000 characters.")
        String intentions,
        Set<PreparationTopic> topics,
        @NotNull(message = "Readiness is required.")
        Readiness readiness,
        @NotBlank(message = "Note is required.")
        @Size(max = 8000, message = "Note must be at most 8000 characters.")
        String note) implements NoteContent {

    public PreparationContent {
        topics = topics == null || topics.isEmpty()
                ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(topics));
        intentions = NoteContent.strip(intentions);
        note = NoteContent.strip(note);
    }

    @Override
    public NoteKind kind() {
        return NoteKind.PREPARATION;
    }
}
