package org.kappractice.notes;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.Formats;
import org.kappractice.base.InvalidInputException;
import org.kappractice.base.NotFoundException;
import org.kappractice.dosing.DoseRecord;
import org.kappractice.dosing.DosingService;
import org.kappractice.notes.NoteRules.NoteAction;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.UserAccount;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Screening, preparation and integration notes: written by the role each kind belongs to, drafts
 * until their author signs them, then locked; changes are signed addenda; nothing is deleted.
 */
@Service
@Validated
public class NoteService {
    public static final String RECORD_TYPE = "note";
    private static final int MAX_TEXT = 4000;

    private final NoteRepository notes;
    private final PatientService patients;
    private final DosingService dosing;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    NoteService(NoteRepository notes, PatientService patients, @Lazy DosingService dosing, CurrentUser currentUser,
                AuditTrail audit, Clock clock) {
        this.notes = notes;
        this.patients = patients;
        this.dosing = dosing;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public long create(long patientId, @Valid NoteContent content) {
        patients.requireAccess(patientId, "write a note in");
        requireAuthorRole(content.kind(), patientId);
        checkDoseLinks(patientId, null, content);
        long id = notes.insert(patientId, content, currentUser.require().id(), now());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, patientId, content.kind().label() + ": "
                + AuditDiff.describe((Record) content));
        return id;
    }

    /** Saves a draft; refused once signed, for anyone but the author, or if someone saved it since {@code version}. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public void update(long noteId, int version, @Valid NoteContent content) {
        ClinicalNote before = requireNote(noteId, "edit");
        if (before.header().kind() != content.kind()) {
            throw new InvalidInputException("A " + before.header().kind().label().toLowerCase()
                    + " note cannot be changed into another kind of note.");
        }
        checkRules(NoteAction.EDIT, before.header());
        checkDoseLinks(before.header().patientId(), noteId, content);
        if (!notes.updateDraft(noteId, before.header().patientId(), version, content)) {
            throw new ConcurrentEditException(describe(before.header()));
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, noteId, before.header().patientId(),
                AuditDiff.between((Record) before.content(), (Record) content));
    }

    /** The author signs a draft, which locks it. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public void sign(long noteId, int version) {
        NoteHeader note = requireNote(noteId, "sign").header();
        checkRules(NoteAction.SIGN, note);
        if (!notes.sign(noteId, version, now())) {
            throw new ConcurrentEditException(describe(note));
        }
        audit.record(AuditAction.SIGN, RECORD_TYPE, noteId, note.patientId(), "signed by the author");
    }

    /** The author adds a signed addendum to a signed note. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public long addAddendum(long noteId, String text) {
        String addendum = required(text, "Addendum");
        NoteHeader note = requireNote(noteId, "amend").header();
        checkRules(NoteAction.ADD_ADDENDUM, note);
        long id = notes.insertAddendum(noteId, currentUser.require().id(), now(), addendum);
        audit.record(AuditAction.ADD_ADDENDUM, RECORD_TYPE, noteId, note.patientId(), addendum);
        return id;
    }

    /** The author marks a note entered in error; it stays in the record, marked, with the reason. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public void markEnteredInError(long noteId, int version, String reason) {
        String why = required(reason, "Reason");
        NoteHeader note = requireNote(noteId, "mark").header();
        checkRules(NoteAction.MARK_ENTERED_IN_ERROR, note);
        if (!notes.markEnteredInError(noteId, version, currentUser.require().id(), now(), why)) {
            throw new ConcurrentEditException(describe(note));
        }
        audit.record(AuditAction.MARK_ENTERED_IN_ERROR, RECORD_TYPE, noteId, note.patientId(), why);
    }

    /** Opens a note to read; the view is audited. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional
    public ClinicalNote open(long noteId) {
        ClinicalNote note = requireNote(noteId, "read");
        audit.record(AuditAction.VIEW, RECORD_TYPE, noteId, note.header().patientId(), null);
        return note;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public PatientNotes notesOf(long patientId) {
        patients.requireAccess(patientId, "read the notes of");
        return new PatientNotes(notes.headersOf(patientId), notes.latestScreeningDecision(patientId),
                notes.integrationDatesByDose(patientId));
    }

    private ClinicalNote requireNote(long noteId, String what) {
        ClinicalNote note = notes.findNote(noteId).orElseThrow(() -> new NotFoundException("No note with id " + noteId + "."));
        patients.requireAccess(note.header().patientId(), what + " a note in");
        return note;
    }

    private void requireAuthorRole(NoteKind kind, long patientId) {
        UserAccount me = currentUser.require();
        if (me.role() != kind.authorRole()) {
            audit.recordRefusal(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, patientId,
                    "a " + me.role().label().toLowerCase() + " tried to write a " + kind.label().toLowerCase() + " note");
            throw new AccessDeniedException(kind.label() + " notes are written by "
                    + kind.authorRole().label().toLowerCase() + "s.");
        }
    }

    private void checkRules(NoteAction action, NoteHeader note) {
        List<String> refusals = NoteRules.refusals(action, note, currentUser.require().id());
        if (!refusals.isEmpty()) {
            throw audit.refuse(RECORD_TYPE, note.id(), note.patientId(), refusals);
        }
    }

    /** An integration note follows doses of the same patient that were given on or before its date. */
    private void checkDoseLinks(long patientId, Long noteId, NoteContent content) {
        if (!(content instanceof IntegrationContent integration)) {
            return;
        }
        Map<Long, DoseRecord> doses = dosing.dosesOf(patientId).stream()
                .collect(Collectors.toMap(DoseRecord::id, Function.identity()));
        List<String> refusals = new ArrayList<>();
        for (long doseId : integration.dosingSessionIds()) {
            DoseRecord dose = doses.get(doseId);
            if (dose == null) {
                refusals.add("Dosing session #" + doseId + " is not one of this patient's.");
            } else if (dose.inError()) {
                refusals.add(dose.label() + " is marked entered in error.");
            } else if (!dose.dosed()) {
                refusals.add(dose.label() + " was held, not dosed: there is nothing to integrate.");
            } else if (dose.sessionDate().isAfter(integration.sessionDate())) {
                refusals.add(dose.label() + " is after this integration session of "
                        + Formats.date(integration.sessionDate()) + ".");
            }
        }
        if (!refusals.isEmpty()) {
            throw audit.refuse(RECORD_TYPE, noteId, patientId, refusals);
        }
    }

    private static String required(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(field + " is required.");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException(field + " must be at most " + MAX_TEXT + " characters.");
        }
        return value;
    }

    private static String describe(NoteHeader note) {
        return "The " + note.kind().label().toLowerCase() + " note of " + Formats.date(note.sessionDate());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
