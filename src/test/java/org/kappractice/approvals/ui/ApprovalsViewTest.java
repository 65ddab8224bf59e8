package org.kappractice.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.approvals.ApprovalRequest;
import org.kappractice.approvals.ApprovalService;
import org.kappractice.approvals.ApprovalStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class ApprovalsViewTest extends SpringBrowserlessTest {
    @Autowired CourseFixtures fixtures;
    @Autowired ApprovalService approvals;
    @Autowired SignedIn signedIn;

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void therapistRequestsHomeDosing() {
        long patient = fixtures.newPatient("Request-" + System.nanoTime());
        ApprovalsView view = navigate(ApprovalsView.class, Map.of("id", Long.toString(patient)));
        assertThat(view.newRequest.isVisible()).isTrue();
        test(view.newRequest).click();
        roundTrip();
        test(view.proposedMg).setValue(200);
        test(view.proposedSessions).setValue(4);
        test(view.reason).setValue("Steady response in office.");
        test(view.sendRequest).click();

        assertThat(view.requestDialog.isOpened()).isFalse();
        assertThat(view.list.getElement().getTextRecursively()).contains("Awaiting prescriber", "200 mg, 4 sessions",
                "Steady response in office.");
        assertThat(find(Button.class).withText("Approve…").exists()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.PRESCRIBER)
    void prescriberApprovesWithTheirPasswordAndAWrongOneSignsNothing() {
        long patient = fixtures.newPatient("Decide-" + System.nanoTime());
        long approval = approvals.request(patient, new ApprovalRequest(200, 4, "Steady response"));
        signedIn.as(Demo.PRESCRIBER);
        ApprovalsView view = navigate(ApprovalsView.class, Map.of("id", Long.toString(patient)));
        assertThat(view.newRequest.isVisible()).isFalse();

        test(find(Button.class).withId("approve-" + approval).single()).click();
        roundTrip();
        assertThat(view.approveDialog.isOpened()).isTrue();
        assertThat(view.maxMg.getValue()).isEqualTo(200);
        test(view.boosterMg).setValue(50);
        test(view.approvePassword).setValue("wrong-password");
        test(view.signApproval).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo(ApprovalService.WRONG_PASSWORD);
        assertThat(view.approveDialog.isOpened()).isTrue();
        assertThat(view.boosterMg.getValue()).isEqualTo(50);

        test(view.approvePassword).setValue("kap-demo-2026");
        test(view.signApproval).click();
        assertThat(view.approveDialog.isOpened()).isFalse();
        assertThat(approvals.find(approval).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(view.list.getElement().getTextRecursively()).contains("Approved by Priya Prescriber",
                "booster up to 50 mg", "0 of 4 used, 4 left");
    }

    @Test
    @WithUserDetails(Demo.PRESCRIBER)
    void prescriberRevokesWithAReason() {
        long patient = fixtures.newPatient("RevokeView-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(patient, 200, null, 2);
        signedIn.as(Demo.PRESCRIBER);
        ApprovalsView view = navigate(ApprovalsView.class, Map.of("id", Long.toString(patient)));
        test(find(Button.class).withId("revoke-" + approval).single()).click();
        roundTrip();
        test(view.decisionReason).setValue("BP raised at the last two visits.");
        test(view.decisionPassword).setValue("kap-demo-2026");
        test(view.signDecision).click();
        assertThat(view.list.getElement().getTextRecursively()).contains("Revoked by Priya Prescriber",
                "BP raised at the last two visits.");
    }
}
