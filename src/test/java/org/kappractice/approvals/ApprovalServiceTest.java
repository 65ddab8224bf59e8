package org.kappractice.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.APPROVAL_SIGNATURE;
import static org.kappractice.db.Tables.AUDIT_ENTRY;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.audit.AuditAction;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Therapists request, only the patient's prescriber decides, and each decision is a password e-signature. */
@KapTest
class ApprovalServiceTest {
    static final LocalDate TODAY = CourseFixtures.TODAY;
    @Autowired ApprovalService approvals;
    @Autowired CourseFixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    static ApprovalPlan plan() {
        return new ApprovalPlan(DoseForm.TROCHE, 100, 200, 50, 4, 7, TODAY, TODAY.plusDays(60), null, null, "");
    }

    @Test
    void therapistCannotApproveHomeDose() {
        long patient = fixtures.newPatient("Approve-" + System.nanoTime());
        long approval = approvals.request(patient, new ApprovalRequest(200, 4, "Good response"));
        assertThatThrownBy(() -> approvals.approve(approval, 0, plan(), "kap-demo-2026"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(approvals.find(approval).status()).isEqualTo(ApprovalStatus.REQUESTED);
    }

    @Test
    void prescriberApprovesBySigningWithTheirPasswordAndTheSignatureStatesNameTimeAndMeaning() {
        long patient = fixtures.newPatient("Signed-" + System.nanoTime());
        long approval = approvals.request(patient, new ApprovalRequest(200, 4, "Good response"));
        signedIn.as(Demo.PRESCRIBER);
        approvals.approve(approval, 0, plan(), "kap-demo-2026");

        HomeDoseApproval approved = approvals.find(approval);
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.plan()).isEqualTo(plan());
        assertThat(approved.stateOn(TODAY)).isEqualTo(ApprovalState.ACTIVE);
        assertThat(approved.signature(ApprovalStatus.APPROVED)).hasValueSatisfying(s -> {
            assertThat(s.signerName()).isEqualTo("Priya Prescriber");
            assertThat(s.signedAt()).isNotNull();
            assertThat(s.statement()).isEqualTo("Approved by Priya Prescriber");
        });
        assertThatThrownBy(() -> dsl.update(APPROVAL_SIGNATURE).set(APPROVAL_SIGNATURE.SIGNER_NAME, "Someone Else")
                .where(APPROVAL_SIGNATURE.APPROVAL_ID.eq(approval)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("UPDATE on approval_signature refused");
    }

    @Test
    void aWrongPasswordSignsNothingAndIsAudited() {
        long patient = fixtures.newPatient("Password-" + System.nanoTime());
        long approval = approvals.request(patient, new ApprovalRequest(200, 4, "Good response"));
        signedIn.as(Demo.PRESCRIBER);
        assertThatThrownBy(() -> approvals.approve(approval, 0, plan(), "not-my-password"))
                .isInstanceOf(InvalidInputException.class).hasMessage(ApprovalService.WRONG_PASSWORD);
        assertThat(approvals.find(approval).status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.RECORD_ID.eq(approval)
                .and(AUDIT_ENTRY.ACTION.eq(AuditAction.SIGNATURE_REFUSED.name())))).isTrue();
    }

    @Test
    void aPrescriberOutsideTheCareTeamCannotDecide() {
        long patient = fixtures.newPatient("Team-" + System.nanoTime());
        long approval = approvals.request(patient, new ApprovalRequest(200, 4, "Good response"));
        signedIn.as(Demo.OTHER_PRESCRIBER);
        assertThatThrownBy(() -> approvals.approve(approval, 0, plan(), "kap-demo-2026"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("This patient is not in your caseload.");
    }

    @Test
    void denyAndRevokeNeedAReasonAndFollowTheStates() {
        long patient = fixtures.newPatient("Revoke-" + System.nanoTime());
        long denied = approvals.request(patient, new ApprovalRequest(300, 6, "Wants more"));
        long approved = approvals.request(patient, new ApprovalRequest(200, 4, "Good response"));
        signedIn.as(Demo.PRESCRIBER);
        assertThatThrownBy(() -> approvals.deny(denied, 0, " ", "kap-demo-2026")).hasMessage("Reason is required.");
        approvals.deny(denied, 0, "Start lower at home.", "kap-demo-2026");
        assertThat(approvals.find(denied).signature(ApprovalStatus.DENIED)).hasValueSatisfying(s ->
                assertThat(s.reason()).isEqualTo("Start lower at home."));

        assertThatThrownBy(() -> approvals.revoke(approved, 0, "Not yet approved", "kap-demo-2026"))
                .hasMessageContaining("it can be revoked only while approved");
        approvals.approve(approved, 0, plan(), "kap-demo-2026");
        assertThatThrownBy(() -> approvals.revoke(approved, 0, "stale version", "kap-demo-2026"))
                .isInstanceOf(ConcurrentEditException.class);
        approvals.revoke(approved, 1, "Raised BP at two visits.", "kap-demo-2026");
        assertThat(approvals.find(approved).stateOn(TODAY)).isEqualTo(ApprovalState.REVOKED);
        assertThat(approvals.find(approved).signatures()).extracting(ApprovalSignature::meaning)
                .containsExactly(ApprovalStatus.APPROVED, ApprovalStatus.REVOKED);
    }

    @Test
    void theSupervisorReadsApprovalsButCannotRequestOrDecide() {
        long patient = fixtures.newPatient("Read-" + System.nanoTime());
        long approval = approvals.request(patient, new ApprovalRequest(200, 4, "Good response"));
        signedIn.as(Demo.SUPERVISOR);
        assertThat(approvals.approvalsOf(patient)).extracting(HomeDoseApproval::id).containsExactly(approval);
        assertThatThrownBy(() -> approvals.request(patient, new ApprovalRequest(200, 4, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.deny(approval, 0, "no", "kap-demo-2026"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
