package org.kappractice.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kappractice.approvals.ApprovalService;
import org.kappractice.approvals.ApprovalSignature;
import org.kappractice.approvals.HomeDoseApproval;
import org.kappractice.dosing.DoseRecord;
import org.kappractice.dosing.DosingService;
import org.kappractice.notes.NoteHeader;
import org.kappractice.notes.NoteService;
import org.kappractice.notes.PatientNotes;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;
import org.kappractice.settings.PracticeSettingsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The course timeline on the patient page: every session and decision in order, and what is due next. */
@Service
public class CourseService {
    private final PatientService patients;
    private final NoteService notes;
    private final DosingService dosing;
    private final ApprovalService approvals;
    private final PracticeSettingsService settings;
    private final Clock clock;

    CourseService(PatientService patients, NoteService notes, DosingService dosing, ApprovalService approvals,
                  PracticeSettingsService settings, Clock clock) {
        this.patients = patients;
        this.notes = notes;
        this.dosing = dosing;
        this.approvals = approvals;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public CourseTimeline timeline(long patientId) {
        PatientFile patient = patients.requireAccess(patientId, "read the course of");
        PatientNotes patientNotes = notes.notesOf(patientId);
        List<DoseRecord> doses = dosing.dosesOf(patientId);
        List<HomeDoseApproval> patientApprovals = approvals.approvalsOf(patientId);
        LocalDate today = LocalDate.now(clock);

        List<TimelineEntry> entries = new ArrayList<>();
        for (NoteHeader note : patientNotes.notes()) {
            entries.add(new TimelineEntry(note.sessionDate(), note.createdAt(), note.kind().label(),
                    "Note by " + note.authorName(),
                    note.status(), "notes/" + note.id(), note.inError()));
        }
        for (HomeDoseApproval approval : patientApprovals) {
            String route = "patients/" + patientId + "/approvals";
            entries.add(new TimelineEntry(day(approval.requestedAt()), approval.requestedAt(), "Home-dose request",
                    approval.label() + ": " + approval.request().proposedMg() + " mg, "
                            + approval.request().proposedSessions() + " sessions, requested by "
                            + approval.requestedByName(), approval.stateOn(today).label(), route, false));
            for (ApprovalSignature signature : approval.signatures()) {
                entries.add(new TimelineEntry(day(signature.signedAt()), signature.signedAt(), "Home-dose decision",
                        approval.label() + " " + signature.meaning().label().toLowerCase() + " by "
                                + signature.signerName() + (signature.reason() == null ? ": up to "
                                + approval.plan().maxMg() + " mg per session, " + approval.plan().sessionsAuthorised()
                                + " sessions" : ": " + signature.reason()),
                        "Signed", route, false));
            }
        }
        for (DoseRecord dose : doses) {
            entries.add(new TimelineEntry(dose.sessionDate(), dose.recordedAt(),
                    dose.entry().setting().label() + " dosing session",
                    dose.doseText() + (dose.chaperoneName() == null ? "" : ", chaperone " + dose.chaperoneName()),
                    dose.inError() ? "Entered in error" : dose.entry().outcome().label(), "dosing/" + dose.id(),
                    dose.inError()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::recordedAt));
        return new CourseTimeline(entries, DueNext.of(patient.details().hasConsent(), patientNotes, doses,
                patientApprovals, settings.current(), today));
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
