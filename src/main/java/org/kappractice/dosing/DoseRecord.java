package org.kappractice.dosing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.kappractice.base.Formats;
import org.kappractice.notes.EnteredInError;

/** A recorded dosing session: what was entered, who recorded it and when, and any entered-in-error mark. */
public record DoseRecord(long id, long patientId, DosingEntry entry, String chaperoneName, long recordedById,
                         String recordedByName,
                         OffsetDateTime recordedAt, EnteredInError enteredInError, int version) {

    public LocalDate sessionDate() {
        return entry.sessionDate();
    }

    public boolean dosed() {
        return entry.dosed();
    }

    public boolean inError() {
        return enteredInError != null;
    }

    /** e.g. "At home dosing session of 3 Dec 2026". */
    public String label() {
        return entry.setting().label() + " dosing session of " + Formats.date(entry.sessionDate());
    }

    /** The label inside a sentence: "the at home dosing session of 3 Dec 2026". */
    public String labelInSentence() {
        return entry.setting().label().toLowerCase() + " dosing session of " + Formats.date(entry.sessionDate());
    }

    /** e.g. "200 mg + 50 mg booster", or the outcome when no dose was given. */
    public String doseText() {
        if (!entry.dosed()) {
            return entry.outcome().label();
        }
        return entry.doseMg() + " mg" + (entry.boosterMg() == null ? "" : " + " + entry.boosterMg() + " mg booster");
    }
}
