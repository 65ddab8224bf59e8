package org.kappractice.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.kappractice.audit.AuditTrail;
import org.kappractice.audit.ChainVerification;
import org.kappractice.security.AccountService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;
import org.kappractice.security.UserAccount;

/** The frame around every signed-in page: navigation for the user's role and their account menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {
    final SideNav nav = new SideNav();
    final MenuBar userMenu = new MenuBar();

    public MainLayout(CurrentUser currentUser, AccountService accounts, AuditTrail audit,
                      AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        UserAccount me = currentUser.require();

        var brand = new Div(new Span("KAP Practice"));
        brand.addClassName("app-brand");

        if (me.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Care teams", "admin/care-teams", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem("Practice settings", "admin/settings", VaadinIcon.SLIDERS.create()));
        } else {
            nav.addItem(new SideNavItem(me.role() == Role.SUPERVISOR ? "Supervisees' patients" : "My caseload",
                    "patients", VaadinIcon.CLIPBOARD_USER.create()));
        }

        var avatar = new Avatar(me.fullName());
        var account = userMenu.addItem(avatar);
        account.add(new Span(me.fullName()));
        account.getSubMenu().addItem(me.role().label()).setEnabled(false);
        if (me.role() == Role.SUPERVISOR || me.role() == Role.ADMIN) {
            account.getSubMenu().addItem("Verify audit trail", e -> Notifications.attempt(() -> {
                ChainVerification result = audit.verify();
                if (result.intact()) {
                    Notifications.success(result.finding());
                } else {
                    Notifications.alert("Audit trail broken: " + result.finding());
                }
            }));
        }
        account.getSubMenu().addItem("Sign out", e -> authentication.logout());
        account.getSubMenu().addItem("Sign out everywhere", e -> {
            accounts.signOutEverywhere();
            authentication.logout();
        });
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.addClassName("user-menu");

        var title = new Span("Ketamine-assisted psychotherapy");
        title.addClassName("navbar-title");
        addToNavbar(new DrawerToggle(), title);
        addToDrawer(brand, new Scroller(nav), userMenu);
    }
}
