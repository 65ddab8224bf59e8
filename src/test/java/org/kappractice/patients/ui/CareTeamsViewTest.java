package org.kappractice.patients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.patients.CareTeamEntry;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class CareTeamsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.ADMIN)
    void adminSeesNamesAndCareTeamsOnly() {
        CareTeamsView view = navigate(CareTeamsView.class);
        assertThat(view.grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("MRN", "Name", "Therapist", "Prescriber", "Supervisor");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(20);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void adminReassignsATherapist() {
        CareTeamsView view = navigate(CareTeamsView.class);
        var grid = test(view.grid);
        int row = 0;
        CareTeamEntry entry = grid.getRow(row);
        String newTherapist = "Tara Therapist".equals(entry.careTeam().therapistName()) ? "Tess Therapist" : "Tara Therapist";
        grid.clickRow(row);
        roundTrip();
        assertThat(view.dialog.isOpened()).isTrue();
        test(view.therapist).selectItem(newTherapist);
        test(view.save).click();

        assertThat(view.dialog.isOpened()).isFalse();
        CareTeamEntry after = test(view.grid).getRow(row);
        assertThat(after.id()).isEqualTo(entry.id());
        assertThat(after.careTeam().therapistName()).isEqualTo(newTherapist);
    }
}
