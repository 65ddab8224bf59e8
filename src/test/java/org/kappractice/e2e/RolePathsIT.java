package org.kappractice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.demo.SyntheticPractice;
import org.kappractice.patients.PatientFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each role's main path in a real browser against the seeded demo practice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
        "kap.demo.seed=true"})
class RolePathsIT extends BrowserTest {
    private static final String PASSWORD = SyntheticPractice.DEMO_PASSWORD;

    @Autowired
    DSLContext dsl;

    @Test
    void therapistSeesOnlyTheirCaseloadOpensAPatientAndSavesAnEdit() {
        signIn(Demo.THERAPIST, PASSWORD);
        waitForApp();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload"))).isVisible();
        Locator therapistCells = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\w+ Therapist$")));
        assertThat(therapistCells.first()).isVisible();
        for (String name : therapistCells.allTextContents()) {
            org.assertj.core.api.Assertions.assertThat(name).isEqualTo("Tara Therapist");
        }
        screenshot("therapist-caseload");

        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Demo-"))).first().click();
        assertThat(page.getByText("Emergency contact").first()).isVisible();
        screenshot("therapist-patient");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit details")).click();
        Locator phone = page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true));
        phone.fill("call me");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Phone must be 7 to 20 digits").first()).isVisible();
        screenshot("therapist-edit-validation");
        phone.fill("+1 503 555 0999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("+1 503 555 0999")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/patients/\\d+$"));
    }

    @Test
    void therapistOpeningAnotherCaseloadsPatientByUrlIsRefused() {
        long theirs = PatientFixtures.patientsOf(dsl, Demo.OTHER_THERAPIST, Demo.OTHER_PRESCRIBER).getFirst();
        signIn(Demo.THERAPIST, PASSWORD);
        waitForApp();
        page.navigate(url("patients/" + theirs));
        assertThat(page.getByText("This patient is not in your caseload.")).isVisible();
        assertThat(page.getByText("Emergency contact")).hasCount(0);
    }

    @Test
    void prescriberSeesTheirCaseload() {
        signIn(Demo.PRESCRIBER, PASSWORD);
        waitForApp();
        Locator prescriberCells = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\w+ Prescriber$")));
        assertThat(prescriberCells.first()).isVisible();
        for (String name : prescriberCells.allTextContents()) {
            org.assertj.core.api.Assertions.assertThat(name).isEqualTo("Priya Prescriber");
        }
    }

    @Test
    void supervisorSeesAllSuperviseesPatientsReadOnly() {
        signIn(Demo.SUPERVISOR, PASSWORD);
        waitForApp();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Supervisees' patients"))).isVisible();
        assertThat(page.getByText("Theo Therapist").first()).isVisible();
        assertThat(page.getByText("Tara Therapist").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New patient"))).hasCount(0);
        screenshot("supervisor-patients");
    }

    @Test
    void adminManagesUsersAndCareTeamsWithoutClinicalContent() {
        signIn(Demo.ADMIN, PASSWORD);
        waitForApp();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users"))).isVisible();
        screenshot("admin-users");
        page.navigate(url("admin/care-teams"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Care teams"))).isVisible();
        assertThat(page.getByText("Tara Therapist").first()).isVisible();
        assertThat(page.getByText("Date of birth")).hasCount(0);
        assertThat(page.getByText("Diagnoses")).hasCount(0);
        screenshot("admin-care-teams");

        long patient = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        page.navigate(url("patients/" + patient));
        assertThat(page.getByText("Emergency contact")).hasCount(0);
        assertThat(page.getByText("Informed consent")).hasCount(0);
    }

    @Test
    void aWrongPasswordShowsTheErrorAndSignsNobodyIn() {
        signIn(Demo.THERAPIST, "not-the-password");
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        screenshot("login-error");
    }
}
