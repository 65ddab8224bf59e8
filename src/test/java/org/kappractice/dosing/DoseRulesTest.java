package org.kappractice.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kappractice.approvals.ApprovalStatus;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.settings.BloodPressure;

/** Safety rules 1 to 3, each with a passing and a failing case, and the boundaries. */
class DoseRulesTest {
    static final long PATIENT = 7;
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    static final BloodPressure PRACTICE_LIMIT = new BloodPressure(160, 100);
    static final ChaperoneAttestation FULL = new ChaperoneAttestation(true, true, true, true, true, true,
            List.of(new ChaperoneReading(LocalTime.of(10, 0), 128, 80, 72)));
    static final DoseFacts.Approval APPROVAL = new DoseFacts.Approval(12, PATIENT, ApprovalStatus.APPROVED,
            DAY.minusDays(10), DAY.plusDays(10), 4, 1, 200, 50, 7, null);
    static final DoseFacts.Chaperone CHAPERONE = new DoseFacts.Chaperone("Jamie Lee", PATIENT, true);

    /** A home dose that every rule allows: the starting point each case changes one thing in. */
    static DoseFacts homeDose() {
        return new DoseFacts(PATIENT, entry(DosingSetting.AT_HOME, DosingOutcome.COMPLETED, 200, null, 130, 80, "", FULL),
                false, true, Optional.of(EligibilityDecision.ELIGIBLE), 2, 2, PRACTICE_LIMIT, DAY.minusDays(7),
                APPROVAL, CHAPERONE);
    }

    static DosingEntry entry(DosingSetting setting, DosingOutcome outcome, Integer dose, Integer booster, int systolic,
                             int diastolic, String override, ChaperoneAttestation attestation) {
        return new DosingEntry(setting, DAY, LocalTime.of(10, 0), LocalTime.of(12, 0), outcome, dose, booster,
                dose == null ? "" : "LOT-1", 4, true, systolic, diastolic, 72, dose == null ? null : 135,
                dose == null ? null : 85, dose == null ? null : 80, dose == null ? null : 5, List.of(), "", "", override,
                12L, 3L, attestation);
    }

    static DoseFacts withEntry(DoseFacts f, DosingEntry e) {
        return new DoseFacts(f.patientId(), e, f.recordedByPrescriber(), f.consentOnFile(), f.eligibility(),
                f.completedPreparations(), f.requiredPreparations(), f.practiceHoldLimit(), f.lastDoseDate(),
                f.approval(), f.chaperone());
    }

    static DoseFacts dose(Integer dose, Integer booster) {
        return withEntry(homeDose(), entry(DosingSetting.AT_HOME, DosingOutcome.COMPLETED, dose, booster, 130, 80, "", FULL));
    }

    static DoseFacts bp(DosingOutcome outcome, int systolic, int diastolic, String override, boolean prescriber) {
        DoseFacts f = homeDose();
        Integer mg = outcome == DosingOutcome.HELD ? null : 200;
        return new DoseFacts(PATIENT, entry(DosingSetting.IN_OFFICE, outcome, mg, null, systolic, diastolic, override, null),
                prescriber, true, f.eligibility(), 2, 2, PRACTICE_LIMIT, null, null, null);
    }

    static DoseFacts approval(UnaryOperator<DoseFacts.Approval> change) {
        DoseFacts f = homeDose();
        return new DoseFacts(PATIENT, f.entry(), false, true, f.eligibility(), 2, 2, PRACTICE_LIMIT, f.lastDoseDate(),
                change.apply(APPROVAL), CHAPERONE);
    }

    static DoseFacts.Approval approvalWith(ApprovalStatus status, LocalDate from, LocalDate to, int used, Integer booster,
                                           BloodPressure hold, long patient) {
        return new DoseFacts.Approval(12, patient, status, from, to, 4, used, 200, booster, 7, hold);
    }

    static DoseFacts readiness(boolean consent, Optional<EligibilityDecision> eligibility, int done, int required) {
        DoseFacts f = homeDose();
        return new DoseFacts(PATIENT, f.entry(), false, consent, eligibility, done, required, PRACTICE_LIMIT,
                f.lastDoseDate(), APPROVAL, CHAPERONE);
    }

    static DoseFacts lastDose(LocalDate last) {
        DoseFacts f = homeDose();
        return new DoseFacts(PATIENT, f.entry(), false, true, f.eligibility(), 2, 2, PRACTICE_LIMIT, last, APPROVAL, CHAPERONE);
    }

    static DoseFacts chaperone(DoseFacts.Chaperone chaperone, ChaperoneAttestation attestation) {
        DoseFacts f = withEntry(homeDose(), entry(DosingSetting.AT_HOME, DosingOutcome.COMPLETED, 200, null, 130, 80,
                "", attestation));
        return new DoseFacts(PATIENT, f.entry(), false, true, f.eligibility(), 2, 2, PRACTICE_LIMIT, f.lastDoseDate(),
                APPROVAL, chaperone);
    }

    static Stream<Arguments> cases() {
        Optional<EligibilityDecision> eligible = Optional.of(EligibilityDecision.ELIGIBLE);
        return Stream.of(
                // rule 1: consent, eligibility, preparation
                Arguments.of("a home dose that keeps every rule", homeDose(), null),
                Arguments.of("no consent on file", readiness(false, eligible, 2, 2), "No informed consent on file"),
                Arguments.of("no signed screening", readiness(true, Optional.empty(), 2, 2), "No signed eligibility screening"),
                Arguments.of("screened not eligible", readiness(true, Optional.of(EligibilityDecision.NOT_ELIGIBLE), 2, 2),
                        "decided \"not eligible\""),
                Arguments.of("eligible with cautions", readiness(true, Optional.of(EligibilityDecision.ELIGIBLE_WITH_CAUTIONS),
                        2, 2), null),
                Arguments.of("one preparation session short", readiness(true, eligible, 1, 2),
                        "1 of 2 required preparation sessions completed"),
                Arguments.of("practice requires three", readiness(true, eligible, 2, 3),
                        "2 of 3 required preparation sessions completed"),
                // rule 2: the approval
                Arguments.of("no approval", approval(a -> null), "needs an approved at-home dose approval"),
                Arguments.of("approval of another patient", approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        a.validFrom(), a.validTo(), 1, 50, null, 99)), "Approval #12 is for another patient."),
                Arguments.of("approval only requested", approval(a -> approvalWith(ApprovalStatus.REQUESTED, null, null,
                        0, null, null, PATIENT)), "Approval #12 is requested, not approved."),
                Arguments.of("approval revoked", approval(a -> approvalWith(ApprovalStatus.REVOKED, a.validFrom(),
                        a.validTo(), 1, 50, null, PATIENT)), "Approval #12 is revoked, not approved."),
                Arguments.of("approval valid from the next day", approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        DAY.plusDays(1), DAY.plusDays(30), 0, 50, null, PATIENT)), "the session date 10 Dec 2026 is outside it"),
                Arguments.of("approval valid to exactly the session date", approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        DAY.minusDays(30), DAY, 1, 50, null, PATIENT)), null),
                Arguments.of("approval expired the day before", approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        DAY.minusDays(30), DAY.minusDays(1), 1, 50, null, PATIENT)), "is valid from 10 Nov 2026 to 9 Dec 2026"),
                Arguments.of("approval with one session left", approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        a.validFrom(), a.validTo(), 3, 50, null, PATIENT)), null),
                Arguments.of("approval used up", approval(a -> approvalWith(ApprovalStatus.APPROVED, a.validFrom(),
                        a.validTo(), 4, 50, null, PATIENT)), "Approval #12 is used up: 4 of 4 home sessions already recorded."),
                Arguments.of("dose exactly the max", dose(200, null), null),
                Arguments.of("dose above the max", dose(250, null), "Approval #12 allows 200 mg per session; 250 mg entered."),
                Arguments.of("dose and booster exactly the max", dose(150, 50), null),
                Arguments.of("dose and booster above the max", dose(200, 50),
                        "Approval #12 allows 200 mg per session; 250 mg entered (200 mg + 50 mg booster)."),
                Arguments.of("booster above the approved booster", dose(100, 60),
                        "Approval #12 allows a booster of up to 50 mg; 60 mg entered."),
                Arguments.of("booster where none is approved", withEntry(approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        a.validFrom(), a.validTo(), 1, null, null, PATIENT)), dose(150, 25).entry()),
                        "Approval #12 allows no booster; 25 mg booster entered."),
                Arguments.of("exactly the minimum interval", lastDose(DAY.minusDays(7)), null),
                Arguments.of("a day short of the minimum interval", lastDose(DAY.minusDays(6)),
                        "Approval #12 requires at least 7 days between doses; the last dose was on 4 Dec 2026, 6 days before."),
                Arguments.of("first dose ever", lastDose(null), null),
                // rule 2: chaperone and attestation
                Arguments.of("no chaperone", chaperone(null, FULL), "needs an active chaperone of this patient"),
                Arguments.of("inactive chaperone", chaperone(new DoseFacts.Chaperone("Jamie Lee", PATIENT, false), FULL),
                        "Chaperone Jamie Lee is not active"),
                Arguments.of("chaperone of another patient", chaperone(new DoseFacts.Chaperone("Jamie Lee", 99, true), FULL),
                        "needs an active chaperone of this patient"),
                Arguments.of("attestation missing one duty", chaperone(CHAPERONE, new ChaperoneAttestation(true, true, true,
                        true, false, true, FULL.readings())), "not attested: patient did not drive."),
                Arguments.of("attestation without readings", chaperone(CHAPERONE, new ChaperoneAttestation(true, true, true,
                        true, true, true, List.of())), "at least one BP/HR reading"),
                Arguments.of("held home session on a used-up approval", withEntry(approval(a -> approvalWith(
                        ApprovalStatus.APPROVED, a.validFrom(), a.validTo(), 4, 50, null, PATIENT)),
                        entry(DosingSetting.AT_HOME, DosingOutcome.HELD, null, null, 165, 95, "", FULL)), null),
                // rule 3: blood-pressure hold
                Arguments.of("BP just below the hold limit", bp(DosingOutcome.COMPLETED, 159, 99, "", false), null),
                Arguments.of("systolic at the hold limit", bp(DosingOutcome.COMPLETED, 160, 90, "", false),
                        "BP before dosing 160/90 is at or above the practice's hold limit of 160/100"),
                Arguments.of("diastolic at the hold limit", bp(DosingOutcome.COMPLETED, 150, 100, "", false),
                        "BP before dosing 150/100 is at or above"),
                Arguments.of("BP over the limit, recorded as held", bp(DosingOutcome.HELD, 170, 105, "", false), null),
                Arguments.of("BP over the limit, overridden by a prescriber", bp(DosingOutcome.COMPLETED, 165, 95,
                        "Anxious on arrival; re-check after 10 min was 158/92.", true), null),
                Arguments.of("BP over the limit, override by a therapist", bp(DosingOutcome.COMPLETED, 165, 95,
                        "I think it is fine", false), "only a prescriber can override a blood-pressure hold"),
                Arguments.of("override without a hold", bp(DosingOutcome.COMPLETED, 130, 80, "just in case", true),
                        "there is no hold to override"),
                Arguments.of("approval's own stricter limit", approval(a -> approvalWith(ApprovalStatus.APPROVED,
                        a.validFrom(), a.validTo(), 1, 50, new BloodPressure(130, 85), PATIENT)),
                        "BP before dosing 130/80 is at or above Approval #12's hold limit of 130/85"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleThatFailsIsNamed(String situation, DoseFacts facts, String expectedRefusal) {
        List<String> refusals = DoseRules.refusals(facts);
        if (expectedRefusal == null) {
            assertThat(refusals).as(situation).isEmpty();
        } else {
            assertThat(refusals).as(situation).anySatisfy(r -> assertThat(r).contains(expectedRefusal));
        }
    }
}
