package org.kappractice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.demo.SyntheticPractice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The KAP course in a real browser: a therapist requests home dosing, the prescriber approves with
 * their password, the therapist records the home dose with the chaperone's attestation and writes
 * and signs the integration note, and the timeline shows all four steps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-course;DB_CLOSE_DELAY=-1",
        "kap.demo.seed=true"})
class KapCourseIT extends BrowserTest {
    private static final String PASSWORD = SyntheticPractice.DEMO_PASSWORD;

    @Autowired
    CourseFixtures fixtures;

    @Test
    void homeDoseFromRequestToSignedIntegrationNote() {
        var patient = fixtures.readyToDose("Browser-" + System.nanoTime());

        signIn(Demo.THERAPIST, PASSWORD);
        waitForApp();
        page.navigate(url("patients/" + patient.id() + "/approvals"));
        button("Request at-home dosing").click();
        field("Proposed dose (mg)").fill("200");
        field("Proposed sessions").fill("2");
        field("Reason").fill("Good response to the office dose; chaperone oriented.");
        button("Send request").click();
        assertThat(page.getByText("Awaiting prescriber")).isVisible();
        screenshot("course-1-request");

        switchUser(Demo.PRESCRIBER, PASSWORD);
        page.navigate(url("patients/" + patient.id() + "/approvals"));
        button("Approve…").click();
        field("Your password (e-signature)").fill(PASSWORD);
        page.waitForTimeout(500); // let the dialog finish opening before the picture
        screenshot("course-2-approve-dialog");
        button("Approve and sign").click();
        assertThat(page.getByText(Pattern.compile("Approved by Priya Prescriber on .*password confirmed"))).isVisible();

        switchUser(Demo.THERAPIST, PASSWORD);
        page.navigate(url("patients/" + patient.id() + "/dosing/new"));
        fillHomeDose("200");
        page.getByText("At home", new Page.GetByTextOptions().setExact(true)).last().scrollIntoViewIfNeeded();
        screenshot("course-3-home-dose-form");
        button("Record session").click();
        assertThat(page.getByText("Recorded by Tara Therapist")).isVisible();
        assertThat(page.getByText("All duties: present for the whole session", new Page.GetByTextOptions()
                .setExact(false))).isVisible();

        page.navigate(url("patients/" + patient.id() + "/notes/new/integration"));
        page.getByLabel(Pattern.compile("At home dosing session of .*200 mg")).check();
        field("Data (what the patient reported and what was observed)").fill("Felt held by the music; grief surfaced.");
        field("Assessment").fill("Opening to grief without being overwhelmed.");
        field("Plan").fill("Weekly integration; journaling.");
        page.getByLabel("No current risk identified").check();
        button("Save and sign").click();
        assertThat(page.getByText("Signed by Tara Therapist")).isVisible();

        page.navigate(url("patients/" + patient.id()));
        Locator timeline = page.locator(".timeline");
        for (String step : new String[] {"Home-dose request", "Home-dose decision", "At home dosing session",
                "Integration session"}) {
            assertThat(timeline.getByText(step, new Locator.GetByTextOptions().setExact(true)).last()).isVisible();
        }
        assertThat(timeline.locator(".timeline-entry").last()).containsText("Signed");
        assertThat(page.locator(".due-list")).containsText("1 of 2 home sessions left");
        page.locator(".timeline-entry").last().scrollIntoViewIfNeeded();
        screenshot("course-4-timeline");
    }

    @Test
    void aHomeDoseAboveTheApprovedMaxIsRefusedWithTheRuleNamed() {
        var patient = fixtures.readyToDose("BrowserMax-" + System.nanoTime());
        long approval = fixtures.approvedHomeDosing(patient.id(), 200, null, 2);

        signIn(Demo.THERAPIST, PASSWORD);
        waitForApp();
        page.navigate(url("patients/" + patient.id() + "/dosing/new"));
        fillHomeDose("250");
        button("Record session").click();
        assertThat(page.locator("vaadin-notification-card")).containsText(
                "Approval #" + approval + " allows 200 mg per session; 250 mg entered.");
        assertThat(field("Dose (mg)")).hasValue("250");
        screenshot("course-refused-above-max");
    }

    private void fillHomeDose(String mg) {
        page.getByLabel("At home").check();
        time("Start time", "10:00");
        time("End time", "12:00");
        field("BP before, systolic").fill("128");
        field("BP before, diastolic").fill("82");
        field("Heart rate before").fill("70");
        field("Dose (mg)").fill(mg);
        field("Lot number").fill("KT-77");
        field("BP after, systolic").fill("134");
        field("BP after, diastolic").fill("86");
        field("Heart rate after").fill("76");
        field("Peak dissociation (0-10)").fill("6");
        field("Approval").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Approval #")).first().click();
        field("Chaperone").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Jamie Lee")).first().click();
        for (String duty : new String[] {"present for the whole session", "checked on the patient about every 15 minutes",
                "stayed within voice range", "knows the emergency plan", "patient did not drive",
                "stayed until the patient was alert and steady"}) {
            page.getByLabel(duty, new Page.GetByLabelOptions().setExact(true)).check();
        }
        time("Time", "10:30");
        field("Systolic").fill("132");
        field("Diastolic").fill("84");
        field("Heart rate").fill("74");
        button("Add reading").click();
        assertThat(page.getByText("10:30 BP 132/84, HR 74")).isVisible();
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void time(String label, String value) {
        field(label).fill(value);
        field(label).press("Enter");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
