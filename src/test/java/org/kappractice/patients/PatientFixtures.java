package org.kappractice.patients;

import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.PATIENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jooq.DSLContext;
import org.kappractice.db.tables.AppUser;

/** Finds demo patients by care team and builds valid patient details for tests. */
public final class PatientFixtures {
    private static final AppUser THERAPIST = APP_USER.as("t");
    private static final AppUser PRESCRIBER = APP_USER.as("p");

    private PatientFixtures() {
    }

    public static PatientDetails details(String lastName) {
        return new PatientDetails("Test", lastName, LocalDate.of(1985, 4, 12), "+1 503 555 0100", "test@example.org",
                "Contact Person", "Partner", "+1 503 555 0101", EnumSet.of(Diagnosis.F33_1),
                LocalDate.of(2026, 1, 5), "v3", CourseStatus.PREPARATION);
    }

    /** Ids of the patients whose therapist and prescriber have these usernames. */
    public static List<Long> patientsOf(DSLContext dsl, String therapist, String prescriber) {
        return dsl.select(PATIENT.ID).from(PATIENT)
                .join(THERAPIST).on(THERAPIST.ID.eq(PATIENT.THERAPIST_ID))
                .join(PRESCRIBER).on(PRESCRIBER.ID.eq(PATIENT.PRESCRIBER_ID))
                .where(THERAPIST.USERNAME.eq(therapist).and(PRESCRIBER.USERNAME.eq(prescriber)))
                .orderBy(PATIENT.ID)
                .fetch(PATIENT.ID);
    }

    public static long userId(DSLContext dsl, String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }
}
