package org.kappractice.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.patients.ui.PatientListView;
import org.kappractice.security.ui.UsersView;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.SUPERVISOR)
    void supervisorVerifiesTheAuditTrailFromTheUserMenu() {
        navigate(PatientListView.class);
        MainLayout layout = find(MainLayout.class).single();
        var accountItems = layout.userMenu.getItems().getFirst().getSubMenu().getItems();
        int verify = accountItems.indexOf(accountItems.stream()
                .filter(item -> item.getText().equals("Verify audit trail")).findFirst().orElseThrow());
        new MenuBarTester<>(layout.userMenu).clickItem(0, verify);
        assertThat(test(find(Notification.class).single()).getText()).startsWith("Audit trail intact, ");
    }

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void therapistHasNoAuditVerificationAndNoAdminNavigation() {
        navigate(PatientListView.class);
        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.userMenu.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getText()).doesNotContain("Verify audit trail").contains("Sign out everywhere");
        assertThat(layout.nav.getItems()).extracting(SideNavItem::getLabel).containsExactly("My caseload");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void adminNavigatesUsersCareTeamsAndPracticeSettings() {
        navigate(UsersView.class);
        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.nav.getItems()).extracting(SideNavItem::getLabel).containsExactly("Users", "Care teams", "Practice settings");
    }
}
