package org.kappractice.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kappractice.approvals.ApprovalPlan;
import org.kappractice.approvals.ApprovalRequest;
import org.kappractice.approvals.ApprovalStatus;
import org.kappractice.approvals.DoseForm;
import org.kappractice.approvals.HomeDoseApproval;
import org.kappractice.dosing.DoseRecord;
import org.kappractice.dosing.DosingEntry;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.dosing.DosingSetting;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.notes.PatientNotes;
import org.kappractice.settings.PracticeSettings;

/** Rule 4 and the rest of "what is due next" on the course timeline. */
class DueNextTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    // preparation is complete in these cases unless a test says otherwise
    static final PracticeSettings SETTINGS = new PracticeSettings(0, 160, 100, 7, 7);
    static final PatientNotes READY = new PatientNotes(List.of(), Optional.of(EligibilityDecision.ELIGIBLE), Map.of());

    static DoseRecord completedDose(long id, LocalDate day, DosingOutcome outcome) {
        Integer mg = outcome == DosingOutcome.HELD ? null : 200;
        var entry = new DosingEntry(DosingSetting.IN_OFFICE, day, LocalTime.of(10, 0), LocalTime.of(12, 0), outcome, mg,
                null, "LOT", 4, true, 130, 80, 70, 135, 85, 75, 5, List.of(), "", "", "", null, null, null);
        return new DoseRecord(id, 1, entry, null, 2, "Priya Prescriber", OffsetDateTime.now(), null, 0);
    }

    static List<String> due(PatientNotes notes, List<DoseRecord> doses, List<HomeDoseApproval> approvals) {
        return DueNext.of(true, notes, doses, approvals, SETTINGS, TODAY).stream().map(DueItem::text).toList();
    }

    @Test
    void aCompletedDoseHasAnIntegrationSessionDueWithinTheConfiguredDays() {
        assertThat(due(READY, List.of(completedDose(5, TODAY.minusDays(3), DosingOutcome.COMPLETED)), List.of()))
                .contains("Integration session due by 14 Dec 2026 (after the in office dosing session of 7 Dec 2026).");
    }

    @Test
    void theDueDayItselfIsStillDueAndTheNextDayIsOverdue() {
        var onTheDay = DueNext.of(true, READY, List.of(completedDose(5, TODAY.minusDays(7), DosingOutcome.COMPLETED)),
                List.of(), SETTINGS, TODAY);
        assertThat(onTheDay).singleElement().extracting(DueItem::urgency).isEqualTo(DueItem.Urgency.SOON);
        var dayAfter = DueNext.of(true, READY, List.of(completedDose(5, TODAY.minusDays(8), DosingOutcome.COMPLETED)),
                List.of(), SETTINGS, TODAY);
        assertThat(dayAfter).singleElement().satisfies(item -> {
            assertThat(item.urgency()).isEqualTo(DueItem.Urgency.OVERDUE);
            assertThat(item.text()).isEqualTo("Integration session overdue: it was due by 9 Dec 2026 "
                    + "(after the in office dosing session of 2 Dec 2026).");
        });
    }

    @Test
    void anIntegrationSessionLinkedToTheDoseClearsIt() {
        var notes = new PatientNotes(List.of(), READY.eligibility(), Map.of(5L, List.of(TODAY.minusDays(1))));
        assertThat(due(notes, List.of(completedDose(5, TODAY.minusDays(3), DosingOutcome.COMPLETED)), List.of())).isEmpty();
    }

    @Test
    void aHeldDoseNeedsNoIntegrationSession() {
        assertThat(due(READY, List.of(completedDose(5, TODAY.minusDays(3), DosingOutcome.HELD)), List.of())).isEmpty();
    }

    @Test
    void approvalsShowSessionsLeftAndAnExpiryWithinTheWarningDays() {
        var plan = new ApprovalPlan(DoseForm.TROCHE, 100, 200, null, 4, 7, TODAY.minusDays(20), TODAY.plusDays(5), null,
                null, "");
        var approval = new HomeDoseApproval(12, 1, ApprovalStatus.APPROVED, "Tara Therapist", OffsetDateTime.now(),
                new ApprovalRequest(200, 4, "why"), plan, List.of(), 3, 0);
        assertThat(due(READY, List.of(), List.of(approval)))
                .contains("1 of 4 home sessions left on Approval #12.", "Approval #12 expires in 5 days (15 Dec 2026).");
    }

    @Test
    void beforeTheFirstDoseTheCourseNeedsConsentScreeningAndPreparation() {
        var notes = new PatientNotes(List.of(), Optional.empty(), Map.of());
        assertThat(DueNext.of(false, notes, List.of(), List.of(), new PracticeSettings(2, 160, 100, 7, 7), TODAY))
                .extracting(DueItem::text)
                .containsExactly("Informed consent not on file: no dosing until it is recorded.",
                        "Eligibility screening by the prescriber needed before dosing.",
                        "0 of 2 preparation sessions completed.");
    }
}
