package org.kappractice.patients;

import jakarta.validation.Valid;
import java.util.List;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.InvalidInputException;
import org.kappractice.base.NotFoundException;
import org.kappractice.security.AccountService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;
import org.kappractice.security.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Case files. Clinicians and supervisors read only their caseload; therapists and prescribers on
 * the care team create and edit; admins see the directory of names and care teams and assign them.
 */
@Service
@Validated
public class PatientService {
    public static final String RECORD_TYPE = "patient";

    private final PatientRepository patients;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuditTrail audit;

    PatientService(PatientRepository patients, CurrentUser currentUser, AccountService accounts, AuditTrail audit) {
        this.patients = patients;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<PatientSummary> caseload(PatientFilter filter, int offset, int limit, List<PatientSort.Order> sort) {
        return patients.findCaseload(currentUser.require(), filter, offset, limit, sort);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public int countCaseload(PatientFilter filter) {
        return patients.countCaseload(currentUser.require(), filter);
    }

    /** Opens a case file; the view is audited, and so is a refusal for a patient outside the caseload. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional
    public PatientFile open(long id) {
        PatientFile file = requireInCaseload(id, "open");
        audit.record(AuditAction.VIEW, RECORD_TYPE, id, id, null);
        return file;
    }

    /**
     * The case file another feature is about to read or write for the signed-in user; refuses (and
     * audits the refusal) when the patient is outside their caseload. Call it before writing anything.
     */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public PatientFile requireAccess(long patientId, String what) {
        return requireInCaseload(patientId, what);
    }

    /** A therapist or prescriber registers a patient and joins their care team. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public long create(@Valid PatientDetails details) {
        UserAccount me = currentUser.require();
        Long therapistId = me.role() == Role.THERAPIST ? me.id() : null;
        Long prescriberId = me.role() == Role.PRESCRIBER ? me.id() : null;
        long id = patients.insert(details, therapistId, prescriberId);
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, id, AuditDiff.describe(details));
        return id;
    }

    /** Saves changed details; refused if someone else saved the case file since it was opened. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public void update(long id, int version, @Valid PatientDetails details) {
        PatientFile before = requireInCaseload(id, "edit");
        if (!patients.update(id, version, details)) {
            throw new ConcurrentEditException("The case file of " + before.details().fullName());
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, id, AuditDiff.between(before.details(), details));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CareTeamEntry> directory(String text, int offset, int limit) {
        return patients.findDirectory(text == null ? "" : text.strip(), offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int countDirectory(String text) {
        return patients.countDirectory(text == null ? "" : text.strip());
    }

    /** Sets a patient's therapist and prescriber (each must be an active member of staff in that role). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void assignCareTeam(long id, int version, Long therapistId, Long prescriberId) {
        CareTeamEntry before = patients.findDirectoryEntry(id).orElseThrow(() -> new NotFoundException("No such patient."));
        requireActive(Role.THERAPIST, therapistId, "Therapist");
        requireActive(Role.PRESCRIBER, prescriberId, "Prescriber");
        if (!patients.assignCareTeam(id, version, therapistId, prescriberId)) {
            throw new ConcurrentEditException("The care team of " + before.displayName());
        }
        audit.record(AuditAction.CHANGE, "care team", id, id, AuditDiff.between(
                new CareTeamAssignment(before.careTeam().therapistId(), before.careTeam().prescriberId()),
                new CareTeamAssignment(therapistId, prescriberId)));
    }

    private PatientFile requireInCaseload(long id, String what) {
        return patients.findInCaseload(id, currentUser.require()).orElseThrow(() -> {
            if (!patients.exists(id)) {
                return new NotFoundException("No patient with id " + id + ".");
            }
            audit.recordRefusal(AuditAction.ACCESS_DENIED, RECORD_TYPE, id, id, "tried to " + what + " a case file outside the caseload");
            return new AccessDeniedException("This patient is not in your caseload.");
        });
    }

    private void requireActive(Role role, Long userId, String field) {
        if (userId != null && accounts.activeStaff(role).stream().noneMatch(u -> u.id() == userId)) {
            throw new InvalidInputException(field + ": must be an active " + role.label().toLowerCase() + ".");
        }
    }

    private record CareTeamAssignment(Long therapistId, Long prescriberId) {
    }
}
