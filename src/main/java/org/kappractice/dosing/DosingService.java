package org.kappractice.dosing;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kappractice.approvals.ApprovalService;
import org.kappractice.approvals.HomeDoseApproval;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.InvalidInputException;
import org.kappractice.base.NotFoundException;
import org.kappractice.chaperones.Chaperone;
import org.kappractice.chaperones.ChaperoneService;
import org.kappractice.notes.NoteService;
import org.kappractice.notes.PatientNotes;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;
import org.kappractice.security.UserAccount;
import org.kappractice.settings.PracticeSettings;
import org.kappractice.settings.PracticeSettingsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Dosing sessions in the office and at home. Each is checked against the safety rules inside the
 * transaction that records it; a refusal is audited and names the rule. Recorded sessions do not
 * change: a wrong one is marked entered in error.
 */
@Service
@Validated
public class DosingService {
    public static final String RECORD_TYPE = "dosing session";

    private final DosingRepository doses;
    private final PatientService patients;
    private final NoteService notes;
    private final ApprovalService approvals;
    private final ChaperoneService chaperones;
    private final PracticeSettingsService settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    DosingService(DosingRepository doses, PatientService patients, NoteService notes, ApprovalService approvals,
                  ChaperoneService chaperones, PracticeSettingsService settings, CurrentUser currentUser,
                  AuditTrail audit, Clock clock) {
        this.doses = doses;
        this.patients = patients;
        this.notes = notes;
        this.approvals = approvals;
        this.chaperones = chaperones;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's dosing sessions in date order, entered-in-error ones included and marked. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<DoseRecord> dosesOf(long patientId) {
        patients.requireAccess(patientId, "read the dosing sessions of");
        return doses.findByPatient(patientId);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional
    public DoseRecord open(long doseId) {
        DoseRecord dose = require(doseId, "read");
        audit.record(AuditAction.VIEW, RECORD_TYPE, doseId, dose.patientId(), null);
        return dose;
    }

    /** Records a session once the safety rules allow it. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public long record(long patientId, @Valid DosingEntry entry) {
        PatientFile patient = patients.requireAccess(patientId, "record a dosing session for");
        UserAccount me = currentUser.require();
        List<String> refusals = DoseRules.refusals(facts(patient, entry, me));
        if (!refusals.isEmpty()) {
            throw audit.refuse(RECORD_TYPE, null, patientId, refusals);
        }
        long id = doses.insert(patientId, entry, me.id(), now());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, patientId, AuditDiff.describe(entry));
        return id;
    }

    /** The clinician who recorded a session marks it entered in error; it stays in the record, marked. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public void markEnteredInError(long doseId, int version, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidInputException("Reason is required (at most 1000 characters).");
        }
        DoseRecord dose = require(doseId, "mark");
        UserAccount me = currentUser.require();
        if (dose.recordedById() != me.id()) {
            throw audit.refuse(RECORD_TYPE, doseId, dose.patientId(), List.of("Only " + dose.recordedByName()
                    + ", who recorded the " + dose.labelInSentence() + ", can mark it entered in error."));
        }
        if (dose.inError()) {
            throw audit.refuse(RECORD_TYPE, doseId, dose.patientId(), List.of("The " + dose.labelInSentence()
                    + " is already marked entered in error."));
        }
        if (!doses.markEnteredInError(doseId, version, me.id(), now(), why)) {
            throw new ConcurrentEditException("The " + dose.labelInSentence());
        }
        audit.record(AuditAction.MARK_ENTERED_IN_ERROR, RECORD_TYPE, doseId, dose.patientId(), why);
    }

    private DoseFacts facts(PatientFile patient, DosingEntry entry, UserAccount me) {
        PracticeSettings practice = settings.current();
        PatientNotes patientNotes = notes.notesOf(patient.id());
        LocalDate lastDose = doses.lastDoseOnOrBefore(patient.id(), entry.sessionDate()).orElse(null);
        DoseFacts.Approval approval = null;
        DoseFacts.Chaperone chaperone = null;
        if (entry.atHome()) {
            if (entry.approvalId() != null) {
                HomeDoseApproval a = approvals.find(entry.approvalId());
                approval = a.plan() == null
                        ? new DoseFacts.Approval(a.id(), a.patientId(), a.status(), null, null, 0, a.sessionsUsed(), 0,
                        null, 0, null)
                        : new DoseFacts.Approval(a.id(), a.patientId(), a.status(), a.plan().validFrom(),
                        a.plan().validTo(), a.plan().sessionsAuthorised(), a.sessionsUsed(), a.plan().maxMg(),
                        a.plan().boosterMg(), a.plan().minDaysBetween(), a.plan().holdLimit());
            }
            if (entry.chaperoneId() != null) {
                Chaperone c = chaperones.find(entry.chaperoneId());
                chaperone = new DoseFacts.Chaperone(c.name(), c.patientId(), c.active());
            }
        }
        return new DoseFacts(patient.id(), entry, me.role() == Role.PRESCRIBER, patient.details().hasConsent(),
                patientNotes.eligibility(), patientNotes.completedPreparations(),
                practice.requiredPreparationSessions(), practice.holdLimit(), lastDose, approval, chaperone);
    }

    private DoseRecord require(long doseId, String what) {
        DoseRecord dose = doses.find(doseId)
                .orElseThrow(() -> new NotFoundException("No dosing session with id " + doseId + "."));
        patients.requireAccess(dose.patientId(), what + " a dosing session of");
        return dose;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
