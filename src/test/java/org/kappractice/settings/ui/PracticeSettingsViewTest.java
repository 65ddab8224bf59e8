package org.kappractice.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.settings.PracticeSettingsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class PracticeSettingsViewTest extends SpringBrowserlessTest {
    @Autowired PracticeSettingsService settings;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void adminChangesAThresholdAndAnOutOfRangeValueIsRefusedOnTheField() {
        PracticeSettingsView view = navigate(PracticeSettingsView.class);
        assertThat(view.requiredPreparationSessions.getValue()).isEqualTo(settings.current().requiredPreparationSessions());
        int before = settings.current().integrationDueDays();

        test(view.holdSystolic).setValue(300);
        test(view.save).click();
        assertThat(view.holdSystolic.getErrorMessage()).isEqualTo("Hold limit systolic must be between 120 and 220 mmHg.");
        assertThat(settings.current().holdSystolic()).isEqualTo(160);

        test(view.holdSystolic).setValue(160);
        test(view.integrationDueDays).setValue(before == 7 ? 6 : 7);
        test(view.save).click();
        assertThat(settings.current().integrationDueDays()).isEqualTo(before == 7 ? 6 : 7);

        test(view.integrationDueDays).setValue(before);
        test(view.save).click();
        assertThat(settings.current().integrationDueDays()).isEqualTo(before);
    }
}
