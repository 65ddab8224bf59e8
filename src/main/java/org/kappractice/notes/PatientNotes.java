package org.kappractice.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A patient's notes in date order, with what the course rules need to know about them. */
public record PatientNotes(List<NoteHeader> notes, Optional<EligibilityDecision> eligibility,
                           Map<Long, List<LocalDate>> integrationDatesByDose) {

    public PatientNotes {
        notes = List.copyOf(notes);
        integrationDatesByDose = Map.copyOf(integrationDatesByDose);
    }

    /** Preparation sessions signed and not entered in error. */
    public int completedPreparations() {
        return (int) notes.stream().filter(n -> n.kind() == NoteKind.PREPARATION && n.completed()).count();
    }
}
