package org.kappractice.dosing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.dosing.DosingService;
import org.kappractice.dosing.DosingSetting;
import org.kappractice.dosing.Severity;
import org.kappractice.dosing.AdverseEventKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class DosingViewsTest extends SpringBrowserlessTest {
    @Autowired CourseFixtures fixtures;
    @Autowired DosingService dosing;

    private static void fillHomeDose(DosingEditView view, long approval, long chaperone, int mg) {
        view.setting.setValue(DosingSetting.AT_HOME);
        view.startTime.setValue(LocalTime.of(10, 0));
        view.endTime.setValue(LocalTime.of(12, 0));
        view.systolicBefore.setValue(128);
        view.diastolicBefore.setValue(82);
        view.heartRateBefore.setValue(70);
        view.outcome.setValue(DosingOutcome.COMPLETED);
        view.doseMg.setValue(mg);
        view.lotNumber.setValue("LOT-77");
        view.systolicAfter.setValue(134);
        view.diastolicAfter.setValue(86);
        view.heartRateAfter.setValue(76);
        view.peakDissociation.setValue(6);
        view.adverseEvents.severities.get(AdverseEventKind.NAUSEA).setValue(Severity.MILD);
        view.approvalId.setValue(approval);
        view.chaperoneId.setValue(chaperone);
        var a = view.attestation;
        for (var duty : java.util.List.of(a.presentThroughout, a.checkedEvery15Minutes, a.withinVoiceRange,
                a.knowsEmergencyPlan, a.patientDidNotDrive, a.stayedUntilAlert)) {
            duty.setValue(true);
        }
        a.readingTime.setValue(LocalTime.of(10, 30));
        a.readingSystolic.setValue(132);
        a.readingDiastolic.setValue(84);
        a.readingHeartRate.setValue(74);
        a.addReading();
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void aHomeDoseAboveTheApprovedMaxIsRefusedAndTheFormKeepsWhatWasTyped() {
        var ready = fixtures.readyToDose("HomeView-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(ready.id(), 200, null, 4);
        DosingEditView view = navigate(DosingEditView.class, Map.of("id", Long.toString(ready.id())));
        fillHomeDose(view, approval, ready.chaperoneId(), 250);
        test(view.save).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Approval #" + approval + " allows 200 mg per session; 250 mg entered.");
        assertThat(view.doseMg.getValue()).isEqualTo(250);
        assertThat(view.attestation.readingList.getElement().getTextRecursively()).contains("10:30 BP 132/84, HR 74");

        view.doseMg.setValue(200);
        test(view.save).click();
        DosingView page = (DosingView) getCurrentView();
        assertThat(page.getElement().getTextRecursively()).contains("At home dosing session of", "200 mg",
                "Jamie Lee", "Nausea (mild)", "All duties", "10:30 BP 132/84, HR 74", "Recorded by Tara Therapist");
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void aBloodPressureAtTheHoldLimitIsFlaggedWhileTyping() {
        var ready = fixtures.readyToDose("HoldView-" + System.nanoTime());
        DosingEditView view = navigate(DosingEditView.class, Map.of("id", Long.toString(ready.id())));
        assertThat(view.holdOverrideReason.isVisible()).isFalse();
        view.systolicBefore.setValue(165);
        view.diastolicBefore.setValue(95);
        assertThat(view.holdWarning.getText()).startsWith("BP 165/95 is at or above the hold limit of 160/100");
        view.systolicBefore.setValue(140);
        assertThat(view.holdWarning.getText()).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void theRecorderMarksADoseEnteredInError() {
        var ready = fixtures.readyToDose("ErrorView-" + System.nanoTime());
        long dose = dosing.record(ready.id(), CourseFixtures.officeDose(LocalDate.now(), 150, 130, 80,
                DosingOutcome.COMPLETED));
        DosingView page = navigate(DosingView.class, Map.of("doseId", Long.toString(dose)));
        test(page.markInError).click();
        roundTrip();
        test(page.errorDialog.reason).setValue("Duplicate entry");
        test(page.errorDialog.confirm).click();
        assertThat(page.getElement().getTextRecursively()).contains("Entered in error by Tara Therapist",
                "Duplicate entry");
    }
}
