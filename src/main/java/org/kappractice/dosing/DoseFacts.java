package org.kappractice.dosing;

import java.time.LocalDate;
import java.util.Optional;
import org.kappractice.approvals.ApprovalStatus;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.settings.BloodPressure;

/**
 * Everything the dosing safety rules look at, gathered by the service inside its transaction.
 *
 * @param lastDoseDate the latest earlier dose of this patient (not entered in error), or null
 * @param approval the approval a home session names, or null for an office session
 * @param chaperone the chaperone a home session names, or null
 */
public record DoseFacts(long patientId, DosingEntry entry, boolean recordedByPrescriber, boolean consentOnFile,
                        Optional<EligibilityDecision> eligibility, int completedPreparations,
                        int requiredPreparations, BloodPressure practiceHoldLimit, LocalDate lastDoseDate,
                        Approval approval, Chaperone chaperone) {

    /** The facts of an at-home dose approval. */
    public record Approval(long id, long patientId, ApprovalStatus status, LocalDate validFrom, LocalDate validTo,
                           int sessionsAuthorised, int sessionsUsed, int maxMg, Integer boosterMg, int minDaysBetween,
                           BloodPressure holdLimit) {

        public String label() {
            return "Approval #" + id;
        }
    }

    /** The facts of a chaperone. */
    public record Chaperone(String name, long patientId, boolean active) {
    }
}
