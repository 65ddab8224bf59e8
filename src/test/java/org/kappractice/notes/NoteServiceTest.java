package org.kappractice.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.AUDIT_ENTRY;
import static org.kappractice.db.Tables.CLINICAL_NOTE;
import static org.kappractice.db.Tables.PREPARATION_NOTE;

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
import org.kappractice.base.RuleRefusedException;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.dosing.DosingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Rule 5 and 6 for notes, per role: drafts, signing, addenda, entered in error, conflicts, no deletes. */
@KapTest
class NoteServiceTest {
    @Autowired NoteService notes;
    @Autowired DosingService dosing;
    @Autowired CourseFixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void eachKindOfNoteIsWrittenByItsRole() {
        long patient = fixtures.newPatient("Roles-" + System.nanoTime());
        assertThatThrownBy(() -> notes.create(patient, CourseFixtures.screening(EligibilityDecision.ELIGIBLE)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Eligibility screening notes are written by prescribers.");
        signedIn.as(Demo.PRESCRIBER);
        assertThatThrownBy(() -> notes.create(patient, CourseFixtures.preparation()))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as(Demo.SUPERVISOR);
        assertThatThrownBy(() -> notes.create(patient, CourseFixtures.preparation()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void prescriberCannotSignATherapistsIntegrationNote() {
        var ready = fixtures.readyToDose("Cosign-" + System.nanoTime());
        long dose = dosing.record(ready.id(), CourseFixtures.officeDose(CourseFixtures.TODAY, 150, 130, 80,
                DosingOutcome.COMPLETED));
        long note = notes.create(ready.id(), CourseFixtures.integration(dose));
        signedIn.as(Demo.PRESCRIBER);
        assertThatThrownBy(() -> notes.sign(note, 0)).isInstanceOf(RuleRefusedException.class)
                .hasMessageContaining("Only the author, Tara Therapist, can sign");
        signedIn.as(Demo.SUPERVISOR);
        assertThatThrownBy(() -> notes.sign(note, 0)).isInstanceOf(AccessDeniedException.class);
        signedIn.as(Demo.THERAPIST);
        notes.sign(note, 0);
        assertThat(notes.open(note).header().signed()).isTrue();
    }

    @Test
    void nobodyCanEditASignedNoteNotEvenInTheDatabase() {
        long patient = fixtures.newPatient("Locked-" + System.nanoTime());
        long note = notes.create(patient, CourseFixtures.preparation());
        notes.sign(note, 0);
        assertThatThrownBy(() -> notes.update(note, 1, CourseFixtures.preparation()))
                .isInstanceOf(RuleRefusedException.class).hasMessageContaining("is locked: add a signed addendum instead");
        assertThatThrownBy(() -> dsl.update(PREPARATION_NOTE).set(PREPARATION_NOTE.NOTE, "rewritten")
                .where(PREPARATION_NOTE.NOTE_ID.eq(note)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("is signed; changes are addenda");
        assertThatThrownBy(() -> dsl.update(CLINICAL_NOTE).set(CLINICAL_NOTE.SIGNED_AT, (java.time.OffsetDateTime) null)
                .where(CLINICAL_NOTE.ID.eq(note)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("signed records are locked");
        assertThatThrownBy(() -> dsl.deleteFrom(CLINICAL_NOTE).where(CLINICAL_NOTE.ID.eq(note)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DELETE on clinical_note refused");
        assertThat(notes.open(note).content()).isEqualTo(CourseFixtures.preparation());
    }

    @Test
    void changesToASignedNoteAreSignedAddenda() {
        long patient = fixtures.newPatient("Addendum-" + System.nanoTime());
        long note = notes.create(patient, CourseFixtures.preparation());
        assertThatThrownBy(() -> notes.addAddendum(note, "too early")).hasMessageContaining("is a draft");
        notes.sign(note, 0);
        notes.addAddendum(note, "Patient called: chaperone changed to her sister.");
        var addenda = notes.open(note).addenda();
        assertThat(addenda).singleElement().satisfies(a -> {
            assertThat(a.authorName()).isEqualTo("Tara Therapist");
            assertThat(a.text()).isEqualTo("Patient called: chaperone changed to her sister.");
            assertThat(a.signedAt()).isNotNull();
        });
        assertThatThrownBy(() -> notes.addAddendum(note, "  ")).hasMessage("Addendum is required.");
    }

    @Test
    void aNoteEnteredInErrorStaysVisibleToTheSupervisorWithTheReason() {
        long patient = fixtures.newPatient("InError-" + System.nanoTime());
        long note = notes.create(patient, CourseFixtures.preparation());
        notes.sign(note, 0);
        notes.markEnteredInError(note, 1, "Written in the wrong case file");
        signedIn.as(Demo.SUPERVISOR);
        var seen = notes.open(note);
        assertThat(seen.header().status()).isEqualTo("Entered in error");
        assertThat(seen.header().enteredInError().reason()).isEqualTo("Written in the wrong case file");
        assertThat(notes.notesOf(patient).notes()).extracting(NoteHeader::id).contains(note);
        assertThat(notes.notesOf(patient).completedPreparations()).isZero();
        assertThat(dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.RECORD_ID.eq(note)
                .and(AUDIT_ENTRY.ACTION.eq(AuditAction.MARK_ENTERED_IN_ERROR.name())))).isTrue();
    }

    @Test
    void aSecondSaveOfTheSameDraftVersionIsRefusedAsAConflict() {
        long patient = fixtures.newPatient("Draft-" + System.nanoTime());
        long note = notes.create(patient, CourseFixtures.preparation());
        notes.update(note, 0, CourseFixtures.preparation());
        assertThatThrownBy(() -> notes.update(note, 0, CourseFixtures.preparation()))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("was changed by someone else");
    }

    @Test
    void anIntegrationNoteFollowsOnlyTheDosesOfItsPatientThatWereGiven() {
        var ready = fixtures.readyToDose("Links-" + System.nanoTime());
        long held = dosing.record(ready.id(), CourseFixtures.officeDose(CourseFixtures.TODAY, 150, 170, 100,
                DosingOutcome.HELD));
        assertThatThrownBy(() -> notes.create(ready.id(), CourseFixtures.integration(held)))
                .isInstanceOf(RuleRefusedException.class).hasMessageContaining("was held, not dosed");
        assertThatThrownBy(() -> notes.create(ready.id(), CourseFixtures.integration(999_999)))
                .hasMessageContaining("Dosing session #999999 is not one of this patient's.");
    }
}
