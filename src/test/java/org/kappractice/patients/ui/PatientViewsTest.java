package org.kappractice.patients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.base.ui.ForbiddenView;
import org.kappractice.patients.CourseStatus;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientFixtures;
import org.kappractice.patients.PatientService;
import org.kappractice.patients.PatientDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class PatientViewsTest extends SpringBrowserlessTest {
    @Autowired DSLContext dsl;
    @Autowired PatientService patients;

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void therapistListsOnlyTheirCaseloadAndCanSearchIt() {
        PatientListView view = navigate(PatientListView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 4)).isEqualTo("Tara Therapist");
        }
        assertThat(view.clinician.isVisible()).isFalse();
        assertThat(view.newPatient.isVisible()).isTrue();

        String mrn = grid.getCellText(0, 0);
        test(view.search).setValue(mrn);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo(mrn);
    }

    @Test
    @WithUserDetails(Demo.SUPERVISOR)
    void supervisorFiltersByClinicianAndCannotRegisterPatients() {
        PatientListView view = navigate(PatientListView.class);
        assertThat(view.newPatient.isVisible()).isFalse();
        assertThat(view.clinician.isVisible()).isTrue();
        int all = test(view.grid).size();
        test(view.clinician).selectItem("Theo Therapist (Therapist)");
        int theos = test(view.grid).size();
        assertThat(theos).isPositive().isLessThan(all);
        for (int row = 0; row < theos; row++) {
            assertThat(test(view.grid).getCellText(row, 4)).isEqualTo("Theo Therapist");
        }
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void patientPageShowsTheCaseFile() {
        long id = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        PatientView view = navigate(PatientView.class, Map.of("id", Long.toString(id)));
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Emergency contact", "Informed consent", "Tara Therapist", "Priya Prescriber",
                "Sam Supervisor");
        assertThat(view.edit.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void openingAnotherCaseloadsPatientByUrlShowsTheRefusal() {
        long theirs = PatientFixtures.patientsOf(dsl, Demo.OTHER_THERAPIST, Demo.OTHER_PRESCRIBER).getFirst();
        navigate("patients/" + theirs, ForbiddenView.class);
        ForbiddenView view = (ForbiddenView) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains("This patient is not in your caseload.")
                .doesNotContain("Exception");
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void invalidInputShowsAMessageOnEachFieldAndKeepsWhatWasTyped() {
        PatientEditView form = navigate(PatientEditView.class);
        test(form.firstName).setValue("Jo");
        test(form.lastName).setValue("Validation");
        test(form.dateOfBirth).setValue(LocalDate.now().minusYears(130));
        test(form.phone).setValue("call me maybe");
        test(form.consentDate).setValue(LocalDate.now().minusDays(1));
        test(form.save).click();

        assertThat(form.dateOfBirth.isInvalid()).isTrue();
        assertThat(form.dateOfBirth.getErrorMessage()).isEqualTo(PatientDetails.DATE_OF_BIRTH_PLAUSIBLE);
        assertThat(form.phone.getErrorMessage()).startsWith("Phone must be 7 to 20 digits");
        assertThat(form.emergencyContactName.getErrorMessage()).isEqualTo("Emergency contact name is required.");
        assertThat(form.consentVersion.getErrorMessage()).isEqualTo(PatientDetails.CONSENT_VERSION_REQUIRED);
        assertThat(form.phone.getValue()).isEqualTo("call me maybe");
        assertThat(form.firstName.getValue()).isEqualTo("Jo");
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void registeringAPatientOpensTheirCaseFile() {
        PatientEditView form = navigate(PatientEditView.class);
        String lastName = "Browserless" + System.nanoTime();
        test(form.firstName).setValue("Robin");
        test(form.lastName).setValue(lastName);
        test(form.dateOfBirth).setValue(LocalDate.of(1980, 2, 29));
        test(form.phone).setValue("+1 503 555 0111");
        test(form.emergencyContactName).setValue("Kim Contact");
        test(form.emergencyContactRelationship).setValue("Sibling");
        test(form.emergencyContactPhone).setValue("+1 503 555 0112");
        test(form.courseStatus).selectItem("Screening");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat(((PatientView) getCurrentView()).getElement().getTextRecursively())
                .contains("Robin " + lastName, "Screening", "Not on file");
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void aSaveAfterSomeoneElseSavedShowsAConflictAndKeepsTheForm() {
        long id = patients.create(PatientFixtures.details("Concurrent" + System.nanoTime()));
        PatientEditView form = navigate(PatientEditView.class, Map.of("id", Long.toString(id)));
        PatientFile meanwhile = patients.open(id);
        patients.update(id, meanwhile.version(), new PatientDetails("Other", meanwhile.details().lastName(),
                meanwhile.details().dateOfBirth(), meanwhile.details().phone(), "", "Someone", "Friend",
                "+1 503 555 0155", null, null, "", CourseStatus.SCREENING));

        test(form.phone).setValue("+1 503 555 0177");
        test(form.save).click();

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.phone.getValue()).isEqualTo("+1 503 555 0177");
        assertThat(test(find(Notification.class).single()).getText()).contains("changed by someone else");
    }

    @Test
    @WithUserDetails(Demo.SUPERVISOR)
    void patientPageShowsTheCourseTimelineAndWhatIsDue() {
        long dosing = dsl.select(org.kappractice.db.Tables.PATIENT.ID).from(org.kappractice.db.Tables.PATIENT)
                .where(org.kappractice.db.Tables.PATIENT.COURSE_STATUS.eq("DOSING")).orderBy(org.kappractice.db.Tables.PATIENT.ID)
                .limit(1).fetchSingle(org.kappractice.db.Tables.PATIENT.ID);
        PatientView view = navigate(PatientView.class, Map.of("id", Long.toString(dosing)));
        assertThat(view.timeline.getElement().getTextRecursively()).contains("Eligibility screening",
                "Preparation session", "In office dosing session", "Home-dose request", "Home-dose decision",
                "At home dosing session", "Integration session");
        assertThat(view.due.getElement().getTextRecursively()).contains("home sessions left on Approval #",
                "Draft integration session note of");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.actions.getElement().getTextRecursively()).doesNotContain("Dosing session", "Preparation session")
                .contains("Home-dose approvals", "Chaperones");
    }
}
