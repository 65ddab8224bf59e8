package org.kappractice.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.AUDIT_ENTRY;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.InvalidInputException;
import org.kappractice.security.AccountService;
import org.kappractice.security.NewUserAccount;
import org.kappractice.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@KapTest
class PatientServiceTest {
    @Autowired PatientService patients;
    @Autowired AccountService accounts;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void therapistSeesOnlyTheirOwnCaseload() {
        signedIn.as(Demo.THERAPIST);
        List<PatientSummary> caseload = patients.caseload(PatientFilter.NONE, 0, 100, List.of());
        assertThat(caseload).isNotEmpty().allMatch(p -> p.therapistName().equals("Tara Therapist"));
        assertThat(patients.countCaseload(PatientFilter.NONE)).isEqualTo(caseload.size());
    }

    @Test
    void prescriberSeesOnlyPatientsTheyPrescribeFor() {
        signedIn.as(Demo.OTHER_PRESCRIBER);
        assertThat(patients.caseload(PatientFilter.NONE, 0, 100, List.of()))
                .isNotEmpty().allMatch(p -> p.prescriberName().equals("Paul Prescriber"));
    }

    @Test
    void supervisorSeesThePatientsOfTheirSuperviseesOnly() {
        signedIn.as(Demo.SUPERVISOR);
        int all = patients.countCaseload(PatientFilter.NONE);
        assertThat(all).isGreaterThanOrEqualTo(20);

        signedIn.as(Demo.ADMIN);
        String lonely = "lonely.supervisor." + System.nanoTime();
        accounts.create(new NewUserAccount(lonely, "Lonely Supervisor", Role.SUPERVISOR, "a-long-password-1", null));
        signedIn.as(lonely);
        assertThat(patients.countCaseload(PatientFilter.NONE)).isZero();
        long someonesPatient = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        assertThatThrownBy(() -> patients.open(someonesPatient)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openingAPatientOutsideTheCaseloadIsRefusedAndAudited() {
        long theirs = PatientFixtures.patientsOf(dsl, Demo.OTHER_THERAPIST, Demo.OTHER_PRESCRIBER).getFirst();
        signedIn.as(Demo.THERAPIST);
        int before = deniedEntries(Demo.THERAPIST, theirs);

        assertThatThrownBy(() -> patients.open(theirs))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not in your caseload");
        assertThat(deniedEntries(Demo.THERAPIST, theirs)).isEqualTo(before + 1);
    }

    @Test
    void openingACaseFileIsAudited() {
        long mine = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        signedIn.as(Demo.THERAPIST);
        int before = dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("VIEW").and(AUDIT_ENTRY.PATIENT_ID.eq(mine)));
        PatientFile file = patients.open(mine);
        assertThat(file.careTeam().therapistName()).isEqualTo("Tara Therapist");
        assertThat(file.careTeam().supervisorNames()).containsExactly("Sam Supervisor");
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("VIEW").and(AUDIT_ENTRY.PATIENT_ID.eq(mine))))
                .isEqualTo(before + 1);
    }

    @Test
    void therapistWhoRegistersAPatientJoinsTheCareTeam() {
        signedIn.as(Demo.THERAPIST);
        long id = patients.create(PatientFixtures.details("Registered" + System.nanoTime()));
        PatientFile file = patients.open(id);
        assertThat(file.careTeam().therapistName()).isEqualTo("Tara Therapist");
        assertThat(file.careTeam().prescriberName()).isNull();
        assertThat(file.mrn()).startsWith("K");
        assertThat(file.details().diagnoses()).containsExactly(Diagnosis.F33_1);
    }

    @Test
    void changesAreAuditedWithWhatChanged() {
        signedIn.as(Demo.THERAPIST);
        long id = patients.create(PatientFixtures.details("Changed" + System.nanoTime()));
        PatientFile file = patients.open(id);
        PatientDetails d = file.details();
        patients.update(id, file.version(), new PatientDetails(d.firstName(), d.lastName(), d.dateOfBirth(),
                "+1 503 555 0199", d.email(), d.emergencyContactName(), d.emergencyContactRelationship(),
                d.emergencyContactPhone(), d.diagnoses(), d.consentDate(), d.consentVersion(), d.courseStatus()));
        String detail = dsl.select(AUDIT_ENTRY.DETAIL).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq("CHANGE").and(AUDIT_ENTRY.RECORD_ID.eq(id))).fetchSingle(AUDIT_ENTRY.DETAIL);
        assertThat(detail).isEqualTo("phone: '+1 503 555 0100' -> '+1 503 555 0199'");
    }

    @Test
    void secondSaveOfTheSameVersionIsRefusedAsAConflict() {
        signedIn.as(Demo.THERAPIST);
        long id = patients.create(PatientFixtures.details("Conflict" + System.nanoTime()));
        PatientFile opened = patients.open(id);
        patients.update(id, opened.version(), PatientFixtures.details("FirstSave"));

        assertThatThrownBy(() -> patients.update(id, opened.version(), PatientFixtures.details("SecondSave")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(patients.open(id).details().lastName()).isEqualTo("FirstSave");
    }

    @Test
    void invalidDetailsAreRefusedByTheServiceNamingTheFieldAndRule() {
        signedIn.as(Demo.THERAPIST);
        PatientDetails bad = new PatientDetails("", "Future", LocalDate.now().plusDays(1), "call me", "not-an-email",
                "C", "Friend", "+1 503 555 0101", null, LocalDate.now(), "", CourseStatus.REFERRED);
        assertThatThrownBy(() -> patients.create(bad))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("First name is required.")
                .hasMessageContaining("Date of birth must be in the past.")
                .hasMessageContaining("Phone must be 7 to 20 digits")
                .hasMessageContaining("Email must be a valid address")
                .hasMessageContaining(PatientDetails.CONSENT_VERSION_REQUIRED);
    }

    @Test
    void supervisorCannotChangeACaseFile() {
        long id = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        signedIn.as(Demo.SUPERVISOR);
        PatientFile file = patients.open(id);
        assertThatThrownBy(() -> patients.update(id, file.version(), file.details()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.create(PatientFixtures.details("BySupervisor")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminSeesNamesAndCareTeamsButNoCaseFile() {
        long id = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        signedIn.as(Demo.ADMIN);
        assertThat(patients.directory("", 0, 100)).isNotEmpty();
        assertThat(CareTeamEntry.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("id", "mrn", "firstName", "lastName", "careTeam", "version");
        assertThatThrownBy(() -> patients.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.caseload(PatientFilter.NONE, 0, 10, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminAssignsTheCareTeamAndTheNewTherapistGainsAccess() {
        signedIn.as(Demo.THERAPIST);
        long id = patients.create(PatientFixtures.details("Reassigned" + System.nanoTime()));
        signedIn.as(Demo.OTHER_THERAPIST);
        assertThatThrownBy(() -> patients.open(id)).isInstanceOf(AccessDeniedException.class);

        signedIn.as(Demo.ADMIN);
        CareTeamEntry entry = patients.directory("Reassigned", 0, 100).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        patients.assignCareTeam(id, entry.version(), PatientFixtures.userId(dsl, Demo.OTHER_THERAPIST),
                PatientFixtures.userId(dsl, Demo.PRESCRIBER));

        signedIn.as(Demo.OTHER_THERAPIST);
        assertThat(patients.open(id).careTeam().prescriberName()).isEqualTo("Priya Prescriber");
        signedIn.as(Demo.THERAPIST);
        assertThatThrownBy(() -> patients.open(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void careTeamMembersMustBeActiveStaffOfTheRightRole() {
        long id = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        signedIn.as(Demo.ADMIN);
        CareTeamEntry entry = patients.directory("", 0, 100).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertThatThrownBy(() -> patients.assignCareTeam(id, entry.version(), PatientFixtures.userId(dsl, Demo.PRESCRIBER), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Therapist: must be an active therapist.");
    }

    @Test
    void searchAndStatusFiltersRunInTheDatabase() {
        signedIn.as(Demo.SUPERVISOR);
        List<PatientSummary> dosing = patients.caseload(new PatientFilter("", CourseStatus.DOSING, null), 0, 100, List.of());
        assertThat(dosing).isNotEmpty().allMatch(p -> p.courseStatus() == CourseStatus.DOSING);
        PatientSummary one = dosing.getFirst();
        assertThat(patients.caseload(new PatientFilter(one.mrn(), null, null), 0, 100, List.of()))
                .extracting(PatientSummary::id).containsExactly(one.id());
        List<PatientSummary> byName = patients.caseload(PatientFilter.NONE, 0, 100,
                List.of(new PatientSort.Order(PatientSort.NAME, false)));
        assertThat(byName).extracting(PatientSummary::lastName).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private int deniedEntries(String actor, long patientId) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("ACCESS_DENIED")
                .and(AUDIT_ENTRY.ACTOR.eq(actor)).and(AUDIT_ENTRY.PATIENT_ID.eq(patientId)));
    }
}
