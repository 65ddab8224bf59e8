package org.kappractice.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class UsersViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.ADMIN)
    void adminCreatesATherapistWithASupervisor() {
        UsersView view = navigate(UsersView.class);
        int before = test(view.grid).size();
        test(view.newUser).click();
        roundTrip();
        String username = "new.therapist" + (System.nanoTime() % 100000);
        test(view.username).setValue(username);
        test(view.fullName).setValue("New Therapist");
        test(view.role).selectItem("Therapist");
        test(view.supervisor).selectItem("Sam Supervisor");
        test(view.initialPassword).setValue("a-long-initial-password");
        test(view.create).click();

        assertThat(view.createDialog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        var created = view.grid.getListDataView().getItems().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(created.supervisorName()).isEqualTo("Sam Supervisor");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void aShortPasswordAndABadUsernameAreRefusedOnTheirFields() {
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();
        roundTrip();
        test(view.username).setValue("Bad Name!");
        test(view.fullName).setValue("Someone");
        test(view.initialPassword).setValue("short");
        test(view.create).click();

        assertThat(view.createDialog.isOpened()).isTrue();
        assertThat(view.username.getErrorMessage()).startsWith("Username must be 3 to 60 lower-case letters");
        assertThat(view.initialPassword.getErrorMessage()).isEqualTo("Initial password must be 12 to 128 characters.");
        assertThat(view.username.getValue()).isEqualTo("Bad Name!");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void adminDeactivatesAUser() {
        UsersView view = navigate(UsersView.class);
        int row = 0;
        var grid = test(view.grid);
        while (!grid.getRow(row).role().isClinician()) {
            row++;
        }
        var account = grid.getRow(row);
        grid.clickRow(row);
        roundTrip();
        test(view.editActive).click();
        test(view.saveEdit).click();
        var after = view.grid.getListDataView().getItems().filter(u -> u.id() == account.id()).findFirst().orElseThrow();
        assertThat(after.active()).isFalse();

        // restore, so other tests keep their demo user
        grid.clickRow(rowOf(view, account.id()));
        roundTrip();
        test(view.editActive).click();
        test(view.saveEdit).click();
    }

    private static int rowOf(UsersView view, long id) {
        var items = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no row for " + id);
    }
}
