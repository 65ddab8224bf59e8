package org.kappractice.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.AUDIT_ENTRY;
import static org.kappractice.db.Tables.DOSING_SESSION;

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
import org.kappractice.course.CourseService;
import org.kappractice.course.DueItem;
import org.kappractice.notes.NoteService;
import org.kappractice.patients.PatientFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/** The safety rules applied by the service inside its transaction, per role, with refusals audited. */
@KapTest
class DosingServiceTest {
    static final java.time.LocalDate TODAY = CourseFixtures.TODAY;
    @Autowired DosingService dosing;
    @Autowired NoteService notes;
    @Autowired CourseService course;
    @Autowired CourseFixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void noDosingBeforeScreeningAndPreparationAndTheRefusalIsAudited() {
        long patient = fixtures.newPatient("Unprepared-" + System.nanoTime());
        assertThatThrownBy(() -> dosing.record(patient, CourseFixtures.officeDose(TODAY, 150, 130, 80,
                DosingOutcome.COMPLETED)))
                .isInstanceOf(RuleRefusedException.class)
                .hasMessageContaining("No signed eligibility screening")
                .hasMessageContaining("0 of 2 required preparation sessions completed");
        assertThat(dsl.fetchCount(DOSING_SESSION, DOSING_SESSION.PATIENT_ID.eq(patient))).isZero();
        assertThat(dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.PATIENT_ID.eq(patient)
                .and(AUDIT_ENTRY.ACTION.eq(AuditAction.REFUSED_BY_RULE.name()))
                .and(AUDIT_ENTRY.DETAIL.contains("No signed eligibility screening")))).isTrue();
    }

    @Test
    void homeDoseAboveTheApprovedMaxIsRefusedInClinicalWords() {
        var ready = fixtures.readyToDose("Overdose-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(ready.id(), 200, null, 4);
        assertThatThrownBy(() -> dosing.record(ready.id(), CourseFixtures.homeDose(TODAY, 250, null, approval,
                ready.chaperoneId())))
                .isInstanceOf(RuleRefusedException.class)
                .hasMessage("Approval #" + approval + " allows 200 mg per session; 250 mg entered.");
        assertThat(dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.PATIENT_ID.eq(ready.id())
                .and(AUDIT_ENTRY.ACTION.eq(AuditAction.REFUSED_BY_RULE.name())))).isTrue();
    }

    @Test
    void homeDoseWithinTheApprovalIsRecordedAndUsesOneSession() {
        var ready = fixtures.readyToDose("Home-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(ready.id(), 200, null, 1);
        long dose = dosing.record(ready.id(), CourseFixtures.homeDose(TODAY.minusDays(8), 200, null, approval,
                ready.chaperoneId()));
        assertThat(dosing.open(dose).chaperoneName()).isEqualTo("Jamie Lee");

        assertThatThrownBy(() -> dosing.record(ready.id(), CourseFixtures.homeDose(TODAY, 200, null, approval,
                ready.chaperoneId())))
                .hasMessageContaining("is used up: 1 of 1 home sessions already recorded");
    }

    @Test
    void theMinimumIntervalCountsFromTheLastDoseGivenNotFromOnesEnteredInError() {
        var ready = fixtures.readyToDose("Interval-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(ready.id(), 200, null, 4);
        long recent = dosing.record(ready.id(), CourseFixtures.officeDose(TODAY.minusDays(6), 150, 130, 80,
                DosingOutcome.COMPLETED));
        assertThatThrownBy(() -> dosing.record(ready.id(), CourseFixtures.homeDose(TODAY, 200, null, approval,
                ready.chaperoneId())))
                .hasMessageContaining("requires at least 7 days between doses; the last dose was on");

        dosing.markEnteredInError(recent, 0, "Entered for the wrong day");
        dosing.record(ready.id(), CourseFixtures.officeDose(TODAY.minusDays(7), 150, 130, 80, DosingOutcome.COMPLETED));
        assertThat(dosing.record(ready.id(), CourseFixtures.homeDose(TODAY, 200, null, approval, ready.chaperoneId())))
                .isPositive();
    }

    @Test
    void aCompletedDoseHasAnIntegrationSessionDueUntilOneFollowsIt() {
        var ready = fixtures.readyToDose("Integrate-" + System.nanoTime());
        signedIn.as(Demo.PRESCRIBER);
        long dose = dosing.record(ready.id(), CourseFixtures.officeDose(TODAY.minusDays(2), 150, 130, 80,
                DosingOutcome.COMPLETED));
        assertThat(course.timeline(ready.id()).due()).extracting(DueItem::text)
                .anySatisfy(t -> assertThat(t).startsWith("Integration session due by "));

        signedIn.as(Demo.THERAPIST);
        notes.create(ready.id(), CourseFixtures.integration(dose));
        assertThat(course.timeline(ready.id()).due()).extracting(DueItem::text)
                .noneSatisfy(t -> assertThat(t).contains("Integration session"));
    }

    @Test
    void bpAtTheHoldLimitIsRecordedAsHeldOrOverriddenByAPrescriberOnly() {
        var ready = fixtures.readyToDose("Hold-" + System.nanoTime());
        assertThatThrownBy(() -> dosing.record(ready.id(), CourseFixtures.officeDose(TODAY, 150, 165, 95,
                DosingOutcome.COMPLETED)))
                .hasMessageContaining("BP before dosing 165/95 is at or above the practice's hold limit of 160/100");
        long held = dosing.record(ready.id(), CourseFixtures.officeDose(TODAY, 150, 165, 95, DosingOutcome.HELD));
        assertThat(dosing.open(held).dosed()).isFalse();

        var overridden = CourseFixtures.officeDose(TODAY, 150, 165, 95, DosingOutcome.COMPLETED);
        var withReason = new DosingEntry(overridden.setting(), overridden.sessionDate(), overridden.startTime(),
                overridden.endTime(), overridden.outcome(), overridden.doseMg(), null, overridden.lotNumber(), 4, true,
                165, 95, 72, 150, 90, 75, 4, java.util.List.of(), "", "", "Re-check after rest 158/94; benefit outweighs risk.",
                null, null, null);
        assertThatThrownBy(() -> dosing.record(ready.id(), withReason))
                .hasMessageContaining("only a prescriber can override");
        signedIn.as(Demo.PRESCRIBER);
        assertThat(dosing.record(ready.id(), withReason)).isPositive();
    }

    @Test
    void supervisorCannotRecordADose() {
        var ready = fixtures.readyToDose("Supervised-" + System.nanoTime());
        signedIn.as(Demo.SUPERVISOR);
        assertThatThrownBy(() -> dosing.record(ready.id(), CourseFixtures.officeDose(TODAY, 150, 130, 80,
                DosingOutcome.COMPLETED))).isInstanceOf(AccessDeniedException.class);
        assertThat(dosing.dosesOf(ready.id())).isEmpty();
    }

    @Test
    void aWrongDoseIsMarkedEnteredInErrorNeverDeletedOrChanged() {
        var ready = fixtures.readyToDose("Wrong-" + System.nanoTime());
        long dose = dosing.record(ready.id(), CourseFixtures.officeDose(TODAY, 150, 130, 80, DosingOutcome.COMPLETED));
        signedIn.as(Demo.PRESCRIBER);
        assertThatThrownBy(() -> dosing.markEnteredInError(dose, 0, "not mine"))
                .hasMessageContaining("Only Tara Therapist, who recorded");
        signedIn.as(Demo.THERAPIST);
        dosing.markEnteredInError(dose, 0, "Recorded for the wrong patient");
        assertThatThrownBy(() -> dosing.markEnteredInError(dose, 0, "again"))
                .hasMessageContaining("already marked entered in error");

        signedIn.as(Demo.SUPERVISOR);
        var marked = dosing.open(dose);
        assertThat(marked.inError()).isTrue();
        assertThat(marked.enteredInError().reason()).isEqualTo("Recorded for the wrong patient");

        assertThatThrownBy(() -> dsl.deleteFrom(DOSING_SESSION).where(DOSING_SESSION.ID.eq(dose)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DELETE on dosing_session refused");
        assertThatThrownBy(() -> dsl.update(DOSING_SESSION).set(DOSING_SESSION.DOSE_MG, 300)
                .where(DOSING_SESSION.ID.eq(dose)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("signed records are locked");
    }

    @Test
    void theDatabaseRefusesAHomeDoseAgainstAnotherPatientsApproval() {
        var one = fixtures.readyToDose("One-" + System.nanoTime());
        var other = fixtures.readyToDose("Other-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(one.id(), 200, null, 4);
        assertThatThrownBy(() -> dsl.insertInto(DOSING_SESSION)
                .set(DOSING_SESSION.PATIENT_ID, other.id())
                .set(DOSING_SESSION.SETTING, "AT_HOME")
                .set(DOSING_SESSION.SESSION_DATE, TODAY)
                .set(DOSING_SESSION.START_TIME, java.time.LocalTime.of(10, 0))
                .set(DOSING_SESSION.END_TIME, java.time.LocalTime.of(10, 30))
                .set(DOSING_SESSION.OUTCOME, "HELD")
                .set(DOSING_SESSION.FASTING_HOURS, 4)
                .set(DOSING_SESSION.SUBSTANCES_AVOIDED, true)
                .set(DOSING_SESSION.SYSTOLIC_BEFORE, 170)
                .set(DOSING_SESSION.DIASTOLIC_BEFORE, 100)
                .set(DOSING_SESSION.HEART_RATE_BEFORE, 70)
                .set(DOSING_SESSION.INTERVENTIONS, "")
                .set(DOSING_SESSION.NOTE, "")
                .set(DOSING_SESSION.APPROVAL_ID, approval)
                .set(DOSING_SESSION.CHAPERONE_ID, other.chaperoneId())
                .set(DOSING_SESSION.ATTEST_PRESENT_THROUGHOUT, true)
                .set(DOSING_SESSION.ATTEST_CHECKED_EVERY_15_MIN, true)
                .set(DOSING_SESSION.ATTEST_WITHIN_VOICE_RANGE, true)
                .set(DOSING_SESSION.ATTEST_KNOWS_EMERGENCY_PLAN, true)
                .set(DOSING_SESSION.ATTEST_PATIENT_DID_NOT_DRIVE, true)
                .set(DOSING_SESSION.ATTEST_STAYED_UNTIL_ALERT, true)
                .set(DOSING_SESSION.RECORDED_BY, PatientFixtures.userId(dsl, Demo.THERAPIST))
                .set(DOSING_SESSION.RECORDED_AT, java.time.OffsetDateTime.now())
                .execute())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("DOSING_APPROVAL_SAME_PATIENT_FK");
        assertThatThrownBy(() -> dosing.record(other.id(), CourseFixtures.homeDose(TODAY, 200, null, approval,
                other.chaperoneId()))).hasMessageContaining("is for another patient");
    }

    @Test
    void aSecondMarkOfTheSameVersionIsAConflict() {
        var ready = fixtures.readyToDose("Conflict-" + System.nanoTime());
        long dose = dosing.record(ready.id(), CourseFixtures.officeDose(TODAY, 150, 130, 80, DosingOutcome.COMPLETED));
        assertThat(dosing.open(dose).version()).isZero();
        dsl.update(DOSING_SESSION).set(DOSING_SESSION.VERSION, 1).where(DOSING_SESSION.ID.eq(dose)).execute();
        assertThatThrownBy(() -> dosing.markEnteredInError(dose, 0, "typo"))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
