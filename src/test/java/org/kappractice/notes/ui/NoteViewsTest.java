package org.kappractice.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.notes.NoteService;
import org.kappractice.notes.PreparationTopic;
import org.kappractice.notes.Readiness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class NoteViewsTest extends SpringBrowserlessTest {
    @Autowired CourseFixtures fixtures;
    @Autowired NoteService notes;
    @Autowired SignedIn signedIn;

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void therapistWritesAndSignsAPreparationNote() {
        long patient = fixtures.newPatient("PrepView-" + System.nanoTime());
        NoteEditView view = navigate(NoteEditView.class, Map.of("id", Long.toString(patient), "kind", "preparation"));
        var form = (PreparationForm) view.form;
        test(form.durationMinutes).setValue(55);
        test(form.intentions).setValue("Soften the inner critic");
        form.topics.setValue(java.util.Set.of(PreparationTopic.SAFETY_PLAN, PreparationTopic.NO_DRIVING));
        form.readiness.setValue(Readiness.READY);
        test(form.note).setValue("Went through the safety plan together.");
        test(view.saveAndSign).click();

        NoteView page = (NoteView) getCurrentView();
        assertThat(page.getElement().getTextRecursively()).contains("Preparation session", "Signed by Tara Therapist",
                "Soften the inner critic", "Safety plan", "No driving");
        assertThat(page.sign.isVisible()).isFalse();
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.addAddendum.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void missingFieldsAreNamedAndWhatWasTypedStays() {
        long patient = fixtures.newPatient("PrepInvalid-" + System.nanoTime());
        NoteEditView view = navigate(NoteEditView.class, Map.of("id", Long.toString(patient), "kind", "preparation"));
        var form = (PreparationForm) view.form;
        test(form.note).setValue("Half-written note");
        test(form.sessionDate).setValue(LocalDate.now().plusDays(3));
        test(view.saveDraft).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(form.intentions.getErrorMessage()).isEqualTo("Intentions are required.");
        assertThat(form.readiness.getErrorMessage()).isEqualTo("Readiness is required.");
        assertThat(form.sessionDate.getErrorMessage()).isEqualTo("Session date cannot be in the future.");
        assertThat(form.note.getValue()).isEqualTo("Half-written note");
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void theAuthorAddsASignedAddendumAndMarksANoteEnteredInError() {
        long patient = fixtures.newPatient("Addenda-" + System.nanoTime());
        long note = notes.create(patient, CourseFixtures.preparation());
        notes.sign(note, 0);
        NoteView page = navigate(NoteView.class, Map.of("noteId", Long.toString(note)));

        test(page.addAddendum).click();
        roundTrip();
        test(page.addendumText).setValue("Chaperone is now her sister.");
        test(page.saveAddendum).click();
        assertThat(page.getElement().getTextRecursively()).contains("Addenda", "Chaperone is now her sister.");

        test(page.markInError).click();
        roundTrip();
        test(page.errorDialog.confirm).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Reason is required.");
        assertThat(page.errorDialog.isOpened()).isTrue();
        test(page.errorDialog.reason).setValue("Wrong case file");
        test(page.errorDialog.confirm).click();
        assertThat(page.getElement().getTextRecursively()).contains("Entered in error by Tara Therapist",
                "Wrong case file");
        assertThat(page.markInError.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.PRESCRIBER)
    void aPrescriberReadsATherapistsDraftButCannotSignIt() {
        long patient = fixtures.newPatient("Draft-" + System.nanoTime());
        long note = notes.create(patient, CourseFixtures.preparation());
        signedIn.as(Demo.PRESCRIBER);
        NoteView page = navigate(NoteView.class, Map.of("noteId", Long.toString(note)));
        assertThat(page.getElement().getTextRecursively()).contains("Draft by Tara Therapist");
        assertThat(page.sign.isVisible()).isFalse();
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.markInError.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.PRESCRIBER)
    void prescriberScreensAndAContraindicationRulesOutPlainEligible() {
        long patient = fixtures.newPatient("Screen-" + System.nanoTime());
        signedIn.as(Demo.PRESCRIBER);
        NoteEditView view = navigate(NoteEditView.class, Map.of("id", Long.toString(patient), "kind", "screening"));
        var form = (ScreeningForm) view.form;
        form.contraindications.setValue(java.util.Set.of(org.kappractice.notes.Contraindication.LIVER_DISEASE));
        test(form.baselineSystolic).setValue(128);
        test(form.baselineDiastolic).setValue(82);
        test(form.baselineHeartRate).setValue(70);
        form.weightKg.setValue(new java.math.BigDecimal("68.5"));
        form.decision.setValue(org.kappractice.notes.EligibilityDecision.ELIGIBLE);
        test(form.rationale).setValue("Mildly raised liver enzymes, stable.");
        test(view.saveAndSign).click();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo(org.kappractice.notes.ScreeningContent.DECISION_CONSISTENT);

        form.decision.setValue(org.kappractice.notes.EligibilityDecision.ELIGIBLE_WITH_CAUTIONS);
        test(view.saveAndSign).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Eligibility screening",
                "Signed by Priya Prescriber", "Liver disease", "Eligible with cautions");
    }
}
