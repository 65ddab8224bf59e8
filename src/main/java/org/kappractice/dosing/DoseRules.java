package org.kappractice.dosing;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.kappractice.approvals.ApprovalStatus;
import org.kappractice.base.Formats;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.settings.BloodPressure;

/**
 * The dosing safety rules, in plain Java: (1) no dosing before consent, eligibility and preparation;
 * (2) an at-home dose within an approval, with an active chaperone and the full attestation;
 * (3) a blood pressure at or above the hold limit holds the dose unless a prescriber overrides.
 * Each refusal says in clinical words which rule failed.
 */
public final class DoseRules {

    private DoseRules() {
    }

    public static List<String> refusals(DoseFacts facts) {
        List<String> refusals = new ArrayList<>();
        readyToDose(facts, refusals);
        if (facts.entry().atHome()) {
            withinApproval(facts, refusals);
            chaperoned(facts, refusals);
        }
        bloodPressureHold(facts, refusals);
        return refusals;
    }

    /**
     * The hold limit that applies: the approval's own (may be null) for a home session, else the practice's.
     * The dosing form calls it too, to warn while the user types.
     */
    public static BloodPressure holdLimit(boolean atHome, BloodPressure approvalLimit, BloodPressure practiceLimit) {
        return atHome && approvalLimit != null ? approvalLimit : practiceLimit;
    }

    private static void readyToDose(DoseFacts facts, List<String> refusals) {
        if (!facts.consentOnFile()) {
            refusals.add("No informed consent on file: record the patient's consent before any dosing session.");
        }
        if (facts.eligibility().isEmpty()) {
            refusals.add("No signed eligibility screening: a prescriber must screen the patient and decide "
                    + "\"eligible\" or \"eligible with cautions\" before any dosing session.");
        } else if (!facts.eligibility().get().allowsDosing()) {
            refusals.add("The latest signed eligibility screening decided \""
                    + EligibilityDecision.NOT_ELIGIBLE.label().toLowerCase() + "\": no dosing session can be recorded.");
        }
        if (facts.completedPreparations() < facts.requiredPreparations()) {
            refusals.add(facts.completedPreparations() + " of " + facts.requiredPreparations()
                    + " required preparation sessions completed (signed): complete preparation before dosing.");
        }
    }

    private static void withinApproval(DoseFacts facts, List<String> refusals) {
        DoseFacts.Approval approval = facts.approval();
        DosingEntry entry = facts.entry();
        if (approval == null) {
            refusals.add("An at-home dose needs an approved at-home dose approval.");
            return;
        }
        String name = approval.label();
        if (approval.patientId() != facts.patientId()) {
            refusals.add(name + " is for another patient.");
            return;
        }
        if (approval.status() != ApprovalStatus.APPROVED) {
            refusals.add(name + " is " + approval.status().label().toLowerCase() + ", not approved.");
            return;
        }
        if (entry.sessionDate().isBefore(approval.validFrom()) || entry.sessionDate().isAfter(approval.validTo())) {
            refusals.add(name + " is valid from " + Formats.date(approval.validFrom()) + " to "
                    + Formats.date(approval.validTo()) + "; the session date " + Formats.date(entry.sessionDate())
                    + " is outside it.");
        }
        if (!entry.dosed()) {
            return;
        }
        if (approval.sessionsUsed() >= approval.sessionsAuthorised()) {
            refusals.add(name + " is used up: " + approval.sessionsUsed() + " of " + approval.sessionsAuthorised()
                    + " home sessions already recorded.");
        }
        if (entry.boosterMg() != null && approval.boosterMg() == null) {
            refusals.add(name + " allows no booster; " + entry.boosterMg() + " mg booster entered.");
        } else if (entry.boosterMg() != null && entry.boosterMg() > approval.boosterMg()) {
            refusals.add(name + " allows a booster of up to " + approval.boosterMg() + " mg; "
                    + entry.boosterMg() + " mg entered.");
        }
        if (entry.totalMg() > approval.maxMg()) {
            refusals.add(name + " allows " + approval.maxMg() + " mg per session; " + entry.totalMg() + " mg entered"
                    + (entry.boosterMg() == null ? "." : " (" + entry.doseMg() + " mg + " + entry.boosterMg()
                    + " mg booster)."));
        }
        if (facts.lastDoseDate() != null) {
            long days = ChronoUnit.DAYS.between(facts.lastDoseDate(), entry.sessionDate());
            if (days < approval.minDaysBetween()) {
                refusals.add(name + " requires at least " + approval.minDaysBetween() + " days between doses; "
                        + "the last dose was on " + Formats.date(facts.lastDoseDate()) + ", " + days
                        + (days == 1 ? " day" : " days") + " before.");
            }
        }
    }

    private static void chaperoned(DoseFacts facts, List<String> refusals) {
        DoseFacts.Chaperone chaperone = facts.chaperone();
        if (chaperone == null || chaperone.patientId() != facts.patientId()) {
            refusals.add("An at-home dose needs an active chaperone of this patient.");
        } else if (!chaperone.active()) {
            refusals.add("Chaperone " + chaperone.name() + " is not active: an at-home dose needs an active chaperone.");
        }
        ChaperoneAttestation attestation = facts.entry().attestation();
        if (attestation == null) {
            refusals.add("Chaperone attestation is missing.");
            return;
        }
        List<String> missing = attestation.missingDuties();
        if (!missing.isEmpty()) {
            refusals.add("Chaperone attestation incomplete, not attested: " + String.join("; ", missing) + ".");
        }
        if (attestation.readings().isEmpty()) {
            refusals.add("Chaperone attestation needs at least one BP/HR reading with the time it was taken.");
        }
    }

    private static void bloodPressureHold(DoseFacts facts, List<String> refusals) {
        DosingEntry entry = facts.entry();
        BloodPressure approvalLimit = facts.approval() == null ? null : facts.approval().holdLimit();
        BloodPressure limit = holdLimit(entry.atHome(), approvalLimit, facts.practiceHoldLimit());
        String source = entry.atHome() && approvalLimit != null ? facts.approval().label() + "'s" : "the practice's";
        boolean reached = entry.bloodPressureBefore().reaches(limit);
        boolean override = !entry.holdOverrideReason().isEmpty();
        if (reached && entry.dosed() && !override) {
            refusals.add("BP before dosing " + entry.bloodPressureBefore() + " is at or above " + source
                    + " hold limit of " + limit + ": record the session as held, not dosed, unless a prescriber "
                    + "overrides with a reason.");
        }
        if (override && !facts.recordedByPrescriber()) {
            refusals.add("Hold override: only a prescriber can override a blood-pressure hold.");
        } else if (override && !reached) {
            refusals.add("Hold override: BP before dosing " + entry.bloodPressureBefore() + " is below " + source
                    + " hold limit of " + limit + ", so there is no hold to override.");
        } else if (override && !entry.dosed()) {
            refusals.add("Hold override: the session is recorded as not dosed, so there is no hold to override.");
        }
    }
}
