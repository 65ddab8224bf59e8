package org.kappractice.demo;

import static org.kappractice.db.Tables.APPROVAL_SIGNATURE;
import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.CHAPERONE;
import static org.kappractice.db.Tables.CHAPERONE_READING;
import static org.kappractice.db.Tables.CLINICAL_NOTE;
import static org.kappractice.db.Tables.DOSING_SESSION;
import static org.kappractice.db.Tables.HOME_DOSE_APPROVAL;
import static org.kappractice.db.Tables.INTEGRATION_DOSE_LINK;
import static org.kappractice.db.Tables.INTEGRATION_NOTE;
import static org.kappractice.db.Tables.PATIENT;
import static org.kappractice.db.Tables.PREPARATION_NOTE;
import static org.kappractice.db.Tables.SCREENING_NOTE;
import static org.kappractice.db.Tables.ADVERSE_EVENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jooq.DSLContext;
import org.kappractice.patients.CourseStatus;
import org.springframework.stereotype.Component;

/**
 * Writes synthetic course histories, back-dated, for the demo practice: what a clinic's record would
 * hold at each stage of the course. Written directly (the history lies in the past, which the
 * services, stamping "now", cannot produce), and consistent with every safety rule.
 */
@Component
class SyntheticCourses {
    private static final String LOT = "KT-2611-";

    private final DSLContext dsl;
    private final Clock clock;

    SyntheticCourses(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The course of the {@code variant}-th patient (0, 1, 2) at {@code status}. */
    void write(long patientId, CourseStatus status, int variant) {
        var team = dsl.select(PATIENT.THERAPIST_ID, PATIENT.PRESCRIBER_ID).from(PATIENT).where(PATIENT.ID.eq(patientId))
                .fetchSingle();
        long therapist = team.value1();
        long prescriber = team.value2();
        LocalDate today = LocalDate.now(clock);
        switch (status) {
            case REFERRED -> {
            }
            case SCREENING -> {
                if (variant != 1) {
                    screening(patientId, prescriber, today.minusDays(2), variant == 0 ? "ELIGIBLE" : "ELIGIBLE_WITH_CAUTIONS",
                            variant == 2);
                }
            }
            case PREPARATION -> {
                screening(patientId, prescriber, today.minusDays(30), "ELIGIBLE", true);
                preparation(patientId, therapist, today.minusDays(21), "NOT_YET", true);
                preparation(patientId, therapist, today.minusDays(7), "READY", variant != 0);
                if (variant >= 1) {
                    chaperone(patientId, "Jamie Demo-Partner", "Partner", today.minusDays(7));
                }
                if (variant == 1) {
                    request(patientId, therapist, today.minusDays(1), 150, 2);
                } else if (variant == 2) {
                    long approval = request(patientId, therapist, today.minusDays(3), 150, 2);
                    approve(approval, prescriber, today.minusDays(2), 150, null, 2, 7, today.minusDays(2), today.plusDays(40));
                }
            }
            case DOSING -> {
                screening(patientId, prescriber, today.minusDays(60), variant == 2 ? "ELIGIBLE_WITH_CAUTIONS" : "ELIGIBLE", true);
                preparation(patientId, therapist, today.minusDays(50), "NOT_YET", true);
                preparation(patientId, therapist, today.minusDays(40), "READY", true);
                long chaperone = chaperone(patientId, "Alex Demo-Sibling", "Sibling", today.minusDays(35));
                long office = dose(patientId, prescriber, today.minusDays(30), null, null, "COMPLETED", 150, 132, 84);
                integration(patientId, therapist, today.minusDays(28), office, true);
                long approval = request(patientId, therapist, today.minusDays(26), 200, 4);
                approve(approval, prescriber, today.minusDays(25), 200, 50, 4, 7, today.minusDays(25),
                        today.plusDays(variant == 1 ? 5 : 30));
                long home = dose(patientId, therapist, today.minusDays(variant == 2 ? 12 : 6), approval, chaperone,
                        "COMPLETED", 200, 128, 82);
                if (variant == 0) {
                    integration(patientId, therapist, today.minusDays(4), home, false);
                } else if (variant == 2) {
                    integration(patientId, therapist, today.minusDays(10), home, true);
                    dose(patientId, therapist, today.minusDays(3), approval, chaperone, "HELD", null, 166, 102);
                }
            }
            case MAINTENANCE, DISCHARGED -> {
                screening(patientId, prescriber, today.minusDays(120), "ELIGIBLE", true);
                preparation(patientId, therapist, today.minusDays(110), "NOT_YET", true);
                preparation(patientId, therapist, today.minusDays(103), "READY", true);
                long chaperone = chaperone(patientId, "Sam Demo-Friend", "Friend", today.minusDays(100));
                long office = dose(patientId, prescriber, today.minusDays(95), null, null, "COMPLETED", 150, 126, 80);
                integration(patientId, therapist, today.minusDays(93), office, true);
                long approval = request(patientId, therapist, today.minusDays(90), 200, 3);
                approve(approval, prescriber, today.minusDays(89), 200, null, 3, 10, today.minusDays(89),
                        today.plusDays(status == CourseStatus.DISCHARGED ? 1 : 20));
                for (int n = 0; n < 3; n++) {
                    long home = dose(patientId, therapist, today.minusDays(80 - 14L * n), approval, chaperone,
                            "COMPLETED", 200, 124 + n, 80);
                    integration(patientId, therapist, today.minusDays(78 - 14L * n), home, true);
                }
                if (status == CourseStatus.MAINTENANCE && variant == 1) {
                    request(patientId, therapist, today.minusDays(2), 200, 4);
                }
                if (status == CourseStatus.DISCHARGED && variant == 1) {
                    long second = request(patientId, therapist, today.minusDays(40), 200, 2);
                    approve(second, prescriber, today.minusDays(39), 200, null, 2, 10, today.minusDays(39), today.plusDays(20));
                    revoke(second, prescriber, today.minusDays(30), "Course completed; patient discharged to follow-up.");
                }
            }
        }
    }

    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private long note(long patientId, String kind, LocalDate day, long author) {
        return dsl.insertInto(CLINICAL_NOTE)
                .set(CLINICAL_NOTE.PATIENT_ID, patientId)
                .set(CLINICAL_NOTE.KIND, kind)
                .set(CLINICAL_NOTE.SESSION_DATE, day)
                .set(CLINICAL_NOTE.AUTHOR_ID, author)
                .set(CLINICAL_NOTE.CREATED_AT, at(day, 16))
                .returning(CLINICAL_NOTE.ID).fetchSingle(CLINICAL_NOTE.ID);
    }

    /** Signs a note once its content is written: the database locks it from then on. */
    private void signNote(long id, LocalDate day, boolean signed) {
        if (signed) {
            dsl.update(CLINICAL_NOTE).set(CLINICAL_NOTE.SIGNED_AT, at(day, 17)).where(CLINICAL_NOTE.ID.eq(id)).execute();
        }
    }

    private void screening(long patientId, long prescriber, LocalDate day, String decision, boolean signed) {
        long id = note(patientId, "SCREENING", day, prescriber);
        boolean cautions = decision.equals("ELIGIBLE_WITH_CAUTIONS");
        dsl.insertInto(SCREENING_NOTE)
                .set(SCREENING_NOTE.NOTE_ID, id)
                .set(SCREENING_NOTE.CONTRAINDICATIONS, cautions ? "UNCONTROLLED_HYPERTENSION" : "")
                .set(SCREENING_NOTE.BASELINE_SYSTOLIC, cautions ? 142 : 124)
                .set(SCREENING_NOTE.BASELINE_DIASTOLIC, cautions ? 92 : 78)
                .set(SCREENING_NOTE.BASELINE_HEART_RATE, 72)
                .set(SCREENING_NOTE.WEIGHT_KG, new BigDecimal("71.5"))
                .set(SCREENING_NOTE.DECISION, decision)
                .set(SCREENING_NOTE.RATIONALE, cautions
                        ? "Borderline hypertension, controlled on amlodipine; check BP before every dose."
                        : "Treatment-resistant course after two adequate SSRI trials; no contraindications found.")
                .execute();
        signNote(id, day, signed);
    }

    private void preparation(long patientId, long therapist, LocalDate day, String readiness, boolean signed) {
        long id = note(patientId, "PREPARATION", day, therapist);
        dsl.insertInto(PREPARATION_NOTE)
                .set(PREPARATION_NOTE.NOTE_ID, id)
                .set(PREPARATION_NOTE.DURATION_MINUTES, 50)
                .set(PREPARATION_NOTE.INTENTIONS, "To loosen the grip of rumination and reconnect with what matters.")
                .set(PREPARATION_NOTE.TOPICS, readiness.equals("READY")
                        ? "NO_DRIVING,SAFETY_PLAN,CHAPERONE_ORIENTATION" : "WHAT_TO_EXPECT,SET_AND_SETTING,DISSOCIATION,FASTING_AND_SUBSTANCES")
                .set(PREPARATION_NOTE.READINESS, readiness)
                .set(PREPARATION_NOTE.NOTE, "Reviewed expectations and the safety plan; patient asked good questions.")
                .execute();
        signNote(id, day, signed);
    }

    private void integration(long patientId, long therapist, LocalDate day, long doseId, boolean signed) {
        long id = note(patientId, "INTEGRATION", day, therapist);
        dsl.insertInto(INTEGRATION_NOTE)
                .set(INTEGRATION_NOTE.NOTE_ID, id)
                .set(INTEGRATION_NOTE.DURATION_MINUTES, 50)
                .set(INTEGRATION_NOTE.DATA_TEXT, "Patient described a sense of spaciousness and an image of a childhood home.")
                .set(INTEGRATION_NOTE.ASSESSMENT, "Emerging self-compassion; less avoidance of grief.")
                .set(INTEGRATION_NOTE.PLAN, "Continue weekly integration; journal daily.")
                .set(INTEGRATION_NOTE.THEMES, "grief, self-compassion")
                .set(INTEGRATION_NOTE.INSIGHTS, "Noticed how much energy goes into holding things together.")
                .set(INTEGRATION_NOTE.HOMEWORK, "Ten minutes of journaling each morning.")
                .set(INTEGRATION_NOTE.RISK_CHECK, "NO_CURRENT_RISK")
                .set(INTEGRATION_NOTE.RISK_NOTE, "")
                .execute();
        dsl.insertInto(INTEGRATION_DOSE_LINK)
                .set(INTEGRATION_DOSE_LINK.NOTE_ID, id)
                .set(INTEGRATION_DOSE_LINK.DOSING_SESSION_ID, doseId)
                .set(INTEGRATION_DOSE_LINK.PATIENT_ID, patientId)
                .execute();
        signNote(id, day, signed);
    }

    private long chaperone(long patientId, String name, String relationship, LocalDate oriented) {
        return dsl.insertInto(CHAPERONE)
                .set(CHAPERONE.PATIENT_ID, patientId)
                .set(CHAPERONE.NAME, name)
                .set(CHAPERONE.RELATIONSHIP, relationship)
                .set(CHAPERONE.PHONE, "+1 503 555 0300")
                .set(CHAPERONE.ADULT_CONFIRMED, true)
                .set(CHAPERONE.ORIENTED_ON, oriented)
                .set(CHAPERONE.ACTIVE, true)
                .returning(CHAPERONE.ID).fetchSingle(CHAPERONE.ID);
    }

    private long request(long patientId, long therapist, LocalDate day, int mg, int sessions) {
        return dsl.insertInto(HOME_DOSE_APPROVAL)
                .set(HOME_DOSE_APPROVAL.PATIENT_ID, patientId)
                .set(HOME_DOSE_APPROVAL.STATUS, "REQUESTED")
                .set(HOME_DOSE_APPROVAL.REQUESTED_BY, therapist)
                .set(HOME_DOSE_APPROVAL.REQUESTED_AT, at(day, 10))
                .set(HOME_DOSE_APPROVAL.PROPOSED_MG, mg)
                .set(HOME_DOSE_APPROVAL.PROPOSED_SESSIONS, sessions)
                .set(HOME_DOSE_APPROVAL.REQUEST_REASON, "Good response in office, stable vitals, chaperone oriented.")
                .returning(HOME_DOSE_APPROVAL.ID).fetchSingle(HOME_DOSE_APPROVAL.ID);
    }

    private void approve(long approval, long prescriber, LocalDate day, int maxMg, Integer boosterMg, int sessions,
                         int minDays, LocalDate from, LocalDate to) {
        dsl.update(HOME_DOSE_APPROVAL)
                .set(HOME_DOSE_APPROVAL.STATUS, "APPROVED")
                .set(HOME_DOSE_APPROVAL.FORM, "SUBLINGUAL_RDT")
                .set(HOME_DOSE_APPROVAL.STRENGTH_MG, 100)
                .set(HOME_DOSE_APPROVAL.MAX_MG, maxMg + (boosterMg == null ? 0 : boosterMg))
                .set(HOME_DOSE_APPROVAL.BOOSTER_MG, boosterMg)
                .set(HOME_DOSE_APPROVAL.SESSIONS_AUTHORISED, sessions)
                .set(HOME_DOSE_APPROVAL.MIN_DAYS_BETWEEN, minDays)
                .set(HOME_DOSE_APPROVAL.VALID_FROM, from)
                .set(HOME_DOSE_APPROVAL.VALID_TO, to)
                .set(HOME_DOSE_APPROVAL.CONDITIONS, "Fast 4 hours; no driving until the next morning.")
                .where(HOME_DOSE_APPROVAL.ID.eq(approval))
                .execute();
        sign(approval, "APPROVED", prescriber, day, null);
    }

    private void revoke(long approval, long prescriber, LocalDate day, String reason) {
        dsl.update(HOME_DOSE_APPROVAL).set(HOME_DOSE_APPROVAL.STATUS, "REVOKED")
                .where(HOME_DOSE_APPROVAL.ID.eq(approval)).execute();
        sign(approval, "REVOKED", prescriber, day, reason);
    }

    private void sign(long approval, String meaning, long prescriber, LocalDate day, String reason) {
        dsl.insertInto(APPROVAL_SIGNATURE)
                .set(APPROVAL_SIGNATURE.APPROVAL_ID, approval)
                .set(APPROVAL_SIGNATURE.MEANING, meaning)
                .set(APPROVAL_SIGNATURE.SIGNER_ID, prescriber)
                .set(APPROVAL_SIGNATURE.SIGNER_NAME, dsl.select(APP_USER.FULL_NAME).from(APP_USER)
                        .where(APP_USER.ID.eq(prescriber)).fetchSingle(APP_USER.FULL_NAME))
                .set(APPROVAL_SIGNATURE.SIGNED_AT, at(day, 12))
                .set(APPROVAL_SIGNATURE.REASON, reason)
                .execute();
    }

    private long dose(long patientId, long recorder, LocalDate day, Long approval, Long chaperone, String outcome,
                      Integer mg, int systolic, int diastolic) {
        boolean home = approval != null;
        boolean dosed = mg != null;
        long id = dsl.insertInto(DOSING_SESSION)
                .set(DOSING_SESSION.PATIENT_ID, patientId)
                .set(DOSING_SESSION.SETTING, home ? "AT_HOME" : "IN_OFFICE")
                .set(DOSING_SESSION.SESSION_DATE, day)
                .set(DOSING_SESSION.START_TIME, LocalTime.of(10, 0))
                .set(DOSING_SESSION.END_TIME, LocalTime.of(dosed ? 12 : 10, dosed ? 0 : 20))
                .set(DOSING_SESSION.OUTCOME, outcome)
                .set(DOSING_SESSION.DOSE_MG, mg)
                .set(DOSING_SESSION.LOT_NUMBER, dosed ? LOT + (patientId % 7) : null)
                .set(DOSING_SESSION.FASTING_HOURS, 4)
                .set(DOSING_SESSION.SUBSTANCES_AVOIDED, true)
                .set(DOSING_SESSION.SYSTOLIC_BEFORE, systolic)
                .set(DOSING_SESSION.DIASTOLIC_BEFORE, diastolic)
                .set(DOSING_SESSION.HEART_RATE_BEFORE, 74)
                .set(DOSING_SESSION.SYSTOLIC_AFTER, dosed ? systolic + 8 : null)
                .set(DOSING_SESSION.DIASTOLIC_AFTER, dosed ? diastolic + 4 : null)
                .set(DOSING_SESSION.HEART_RATE_AFTER, dosed ? 80 : null)
                .set(DOSING_SESSION.PEAK_DISSOCIATION, dosed ? 5 : null)
                .set(DOSING_SESSION.INTERVENTIONS, dosed ? "Eyeshades and music; reassurance at peak." : "")
                .set(DOSING_SESSION.NOTE, dosed ? "Settled quickly; alert and steady by the end."
                        : "BP at the hold limit after rest and a re-check: dose held, prescriber informed.")
                .set(DOSING_SESSION.APPROVAL_ID, approval)
                .set(DOSING_SESSION.CHAPERONE_ID, chaperone)
                .set(DOSING_SESSION.ATTEST_PRESENT_THROUGHOUT, home ? true : null)
                .set(DOSING_SESSION.ATTEST_CHECKED_EVERY_15_MIN, home ? true : null)
                .set(DOSING_SESSION.ATTEST_WITHIN_VOICE_RANGE, home ? true : null)
                .set(DOSING_SESSION.ATTEST_KNOWS_EMERGENCY_PLAN, home ? true : null)
                .set(DOSING_SESSION.ATTEST_PATIENT_DID_NOT_DRIVE, home ? true : null)
                .set(DOSING_SESSION.ATTEST_STAYED_UNTIL_ALERT, home ? true : null)
                .set(DOSING_SESSION.RECORDED_BY, recorder)
                .set(DOSING_SESSION.RECORDED_AT, at(day, 13))
                .returning(DOSING_SESSION.ID).fetchSingle(DOSING_SESSION.ID);
        if (home) {
            for (int minutes : new int[] {0, 45, 90}) {
                dsl.insertInto(CHAPERONE_READING)
                        .set(CHAPERONE_READING.DOSING_SESSION_ID, id)
                        .set(CHAPERONE_READING.TAKEN_AT, LocalTime.of(10, 0).plusMinutes(minutes))
                        .set(CHAPERONE_READING.SYSTOLIC, systolic + (dosed && minutes > 0 ? 10 : 0))
                        .set(CHAPERONE_READING.DIASTOLIC, diastolic + (dosed && minutes > 0 ? 5 : 0))
                        .set(CHAPERONE_READING.HEART_RATE, 76)
                        .execute();
                if (!dosed) {
                    break;
                }
            }
        }
        if (dosed && patientId % 4 == 0) {
            dsl.insertInto(ADVERSE_EVENT)
                    .set(ADVERSE_EVENT.DOSING_SESSION_ID, id)
                    .set(ADVERSE_EVENT.KIND, "NAUSEA")
                    .set(ADVERSE_EVENT.SEVERITY, "MILD")
                    .set(ADVERSE_EVENT.DETAIL, "Settled with ginger and rest.")
                    .execute();
        }
        return id;
    }
}
