package org.kappractice.approvals;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.InvalidInputException;
import org.kappractice.base.NotFoundException;
import org.kappractice.patients.PatientService;
import org.kappractice.security.AccountService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * At-home dose approvals. A therapist requests; only the patient's prescriber decides, signing each
 * decision (approved, denied, revoked) by entering their password again.
 */
@Service
@Validated
public class ApprovalService {
    public static final String RECORD_TYPE = "home-dose approval";
    public static final String WRONG_PASSWORD = "Password: this is not your sign-in password, so nothing was signed.";

    private final ApprovalRepository approvals;
    private final PatientService patients;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ApprovalService(ApprovalRepository approvals, PatientService patients, AccountService accounts,
                    CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.approvals = approvals;
        this.patients = patients;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<HomeDoseApproval> approvalsOf(long patientId) {
        patients.requireAccess(patientId, "read the approvals of");
        return approvals.findByPatient(patientId);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public HomeDoseApproval find(long approvalId) {
        HomeDoseApproval approval = approvals.find(approvalId)
                .orElseThrow(() -> new NotFoundException("No approval #" + approvalId + "."));
        patients.requireAccess(approval.patientId(), "read an approval of");
        return approval;
    }

    /** A therapist asks the prescriber for at-home dosing. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public long request(long patientId, @Valid ApprovalRequest request) {
        patients.requireAccess(patientId, "request an at-home dose approval for");
        long id = approvals.insertRequest(patientId, request, currentUser.require().id(), now());
        audit.record(AuditAction.REQUEST_APPROVAL, RECORD_TYPE, id, patientId, AuditDiff.describe(request));
        return id;
    }

    /** The prescriber approves a request with the plan they sign for. */
    @PreAuthorize("hasRole('PRESCRIBER')")
    @Transactional
    public void approve(long approvalId, int version, @Valid ApprovalPlan plan, String password) {
        HomeDoseApproval approval = decidable(approvalId, ApprovalStatus.APPROVED, plan, password);
        if (!approvals.approve(approvalId, version, plan)) {
            throw new ConcurrentEditException(approval.label());
        }
        sign(approval, ApprovalStatus.APPROVED, null, AuditAction.APPROVE, AuditDiff.describe(plan));
    }

    @PreAuthorize("hasRole('PRESCRIBER')")
    @Transactional
    public void deny(long approvalId, int version, String reason, String password) {
        String why = reason(reason);
        HomeDoseApproval approval = decidable(approvalId, ApprovalStatus.DENIED, null, password);
        if (!approvals.setStatus(approvalId, version, ApprovalStatus.REQUESTED, ApprovalStatus.DENIED)) {
            throw new ConcurrentEditException(approval.label());
        }
        sign(approval, ApprovalStatus.DENIED, why, AuditAction.DENY, why);
    }

    /** Withdraws an approval; home sessions already recorded stay as they are, no further ones can use it. */
    @PreAuthorize("hasRole('PRESCRIBER')")
    @Transactional
    public void revoke(long approvalId, int version, String reason, String password) {
        String why = reason(reason);
        HomeDoseApproval approval = decidable(approvalId, ApprovalStatus.REVOKED, null, password);
        if (!approvals.setStatus(approvalId, version, ApprovalStatus.APPROVED, ApprovalStatus.REVOKED)) {
            throw new ConcurrentEditException(approval.label());
        }
        sign(approval, ApprovalStatus.REVOKED, why, AuditAction.REVOKE, why);
    }

    /** The approval, once the caseload, the decision rules and the password e-signature allow the decision. */
    private HomeDoseApproval decidable(long approvalId, ApprovalStatus decision, ApprovalPlan plan, String password) {
        HomeDoseApproval approval = approvals.find(approvalId)
                .orElseThrow(() -> new NotFoundException("No approval #" + approvalId + "."));
        patients.requireAccess(approval.patientId(), "decide on an approval of");
        List<String> refusals = ApprovalRules.refusals(approval, decision, plan, LocalDate.now(clock));
        if (!refusals.isEmpty()) {
            throw audit.refuse(RECORD_TYPE, approvalId, approval.patientId(), refusals);
        }
        if (!accounts.isMyPassword(password)) {
            audit.recordRefusal(AuditAction.SIGNATURE_REFUSED, RECORD_TYPE, approvalId, approval.patientId(),
                    "password did not match; " + decision.label().toLowerCase() + " not signed");
            throw new InvalidInputException(WRONG_PASSWORD);
        }
        return approval;
    }

    private void sign(HomeDoseApproval approval, ApprovalStatus meaning, String reason, AuditAction action,
                      String detail) {
        UserAccount me = currentUser.require();
        approvals.insertSignature(approval.id(), meaning, me.id(), me.fullName(), now(), reason);
        audit.record(action, RECORD_TYPE, approval.id(), approval.patientId(), detail);
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("Reason is required.");
        }
        if (why.length() > 2000) {
            throw new InvalidInputException("Reason must be at most 2000 characters.");
        }
        return why;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
