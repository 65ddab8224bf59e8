package org.kappractice.demo;

import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.PATIENT;
import static org.kappractice.db.Tables.PATIENT_DIAGNOSIS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.kappractice.patients.CourseStatus;
import org.kappractice.patients.Diagnosis;
import org.kappractice.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a synthetic practice: the demo staff (one password for all) and any number of
 * obviously fictional patients spread over the care teams and course statuses, each with the
 * course history of its stage (notes, approvals, chaperones, doses). Deterministic.
 */
@Component
public class SyntheticPractice {
    public static final String DEMO_PASSWORD = "kap-demo-2026";

    /** The demo staff: username, full name, role. Clinicians are supervised by the supervisor. */
    public static final List<Staff> STAFF = List.of(
            new Staff("sam.supervisor", "Sam Supervisor", Role.SUPERVISOR),
            new Staff("tara.therapist", "Tara Therapist", Role.THERAPIST),
            new Staff("theo.therapist", "Theo Therapist", Role.THERAPIST),
            new Staff("tess.therapist", "Tess Therapist", Role.THERAPIST),
            new Staff("priya.prescriber", "Priya Prescriber", Role.PRESCRIBER),
            new Staff("paul.prescriber", "Paul Prescriber", Role.PRESCRIBER),
            new Staff("ada.admin", "Ada Admin", Role.ADMIN));

    private static final String[] FIRST_NAMES = {"Avery", "Jordan", "Riley", "Morgan", "Casey", "Quinn", "Rowan",
            "Skyler", "Emerson", "Harper", "Reese", "Finley", "Sawyer", "Dakota", "Hayden", "Marlowe", "Parker",
            "Kendall", "Remy", "Sage"};
    private static final String[] TREES = {"Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Juniper", "Larch",
            "Maple", "Oak", "Pine", "Rowan", "Spruce", "Willow", "Yew", "Ash", "Linden", "Poplar", "Aspen", "Cypress"};
    private static final String[] RELATIONSHIPS = {"Partner", "Spouse", "Sibling", "Parent", "Friend"};
    private static final Diagnosis[][] DIAGNOSES = {
            {Diagnosis.F33_1}, {Diagnosis.F41_1}, {Diagnosis.F43_10, Diagnosis.F33_1}, {Diagnosis.F32_2},
            {Diagnosis.F41_1, Diagnosis.F40_10}, {Diagnosis.F43_10}, {Diagnosis.F33_2, Diagnosis.F41_0}, {Diagnosis.F42}};

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final SyntheticCourses courses;

    SyntheticPractice(DSLContext dsl, PasswordEncoder passwordEncoder, SyntheticCourses courses) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.courses = courses;
    }

    public record Staff(String username, String fullName, Role role) {
    }

    /** Creates the demo staff and {@code patients} patients; returns the patients' ids. */
    @Transactional
    public List<Long> generate(int patients) {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        long supervisorId = insertUser(STAFF.get(0), hash, null);
        List<Long> therapists = new ArrayList<>();
        List<Long> prescribers = new ArrayList<>();
        for (Staff staff : STAFF.subList(1, STAFF.size())) {
            long id = insertUser(staff, hash, staff.role().isClinician() ? supervisorId : null);
            if (staff.role() == Role.THERAPIST) {
                therapists.add(id);
            } else if (staff.role() == Role.PRESCRIBER) {
                prescribers.add(id);
            }
        }
        Random random = new Random(2026);
        CourseStatus[] statuses = CourseStatus.values();
        List<Long> ids = new ArrayList<>(patients);
        for (int i = 0; i < patients; i++) {
            CourseStatus status = statuses[(i / 3) % statuses.length]; // every therapist sees every stage
            LocalDate today = LocalDate.now();
            boolean consented = status != CourseStatus.REFERRED;
            long id = dsl.insertInto(PATIENT)
                    .set(PATIENT.MRN, "K" + dsl.nextval("PATIENT_MRN_SEQ"))
                    .set(PATIENT.FIRST_NAME, FIRST_NAMES[i % FIRST_NAMES.length])
                    .set(PATIENT.LAST_NAME, "Demo-" + TREES[(i / FIRST_NAMES.length + i * 7) % TREES.length])
                    .set(PATIENT.DATE_OF_BIRTH, today.minusYears(24 + random.nextInt(45)).minusDays(random.nextInt(365)))
                    .set(PATIENT.PHONE, "+1 503 555 01" + String.format("%02d", i % 100))
                    .set(PATIENT.EMAIL, "patient" + (i + 1) + "@example.org")
                    .set(PATIENT.EMERGENCY_CONTACT_NAME, "Contact of patient " + (i + 1))
                    .set(PATIENT.EMERGENCY_CONTACT_RELATIONSHIP, RELATIONSHIPS[i % RELATIONSHIPS.length])
                    .set(PATIENT.EMERGENCY_CONTACT_PHONE, "+1 503 555 02" + String.format("%02d", i % 100))
                    .set(PATIENT.CONSENT_DATE, consented ? today.minusDays(20 + random.nextInt(150)) : null)
                    .set(PATIENT.CONSENT_VERSION, consented ? "KAP-consent v3" : null)
                    .set(PATIENT.COURSE_STATUS, status.name())
                    .set(PATIENT.THERAPIST_ID, therapists.get(i % therapists.size()))
                    .set(PATIENT.PRESCRIBER_ID, prescribers.get(i % prescribers.size()))
                    .returning(PATIENT.ID)
                    .fetchSingle(PATIENT.ID);
            for (Diagnosis diagnosis : DIAGNOSES[i % DIAGNOSES.length]) {
                dsl.insertInto(PATIENT_DIAGNOSIS).set(PATIENT_DIAGNOSIS.PATIENT_ID, id)
                        .set(PATIENT_DIAGNOSIS.CODE, diagnosis.code()).execute();
            }
            courses.write(id, status, (i % 3));
            ids.add(id);
        }
        return ids;
    }

    public boolean isEmpty() {
        return !dsl.fetchExists(APP_USER);
    }

    private long insertUser(Staff staff, String hash, Long supervisorId) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, staff.username())
                .set(APP_USER.FULL_NAME, staff.fullName())
                .set(APP_USER.ROLE, staff.role().name())
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.SUPERVISOR_ID, supervisorId)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }
}
