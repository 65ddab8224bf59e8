package org.kappractice.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;

/** The start page: admins go to user management, clinicians and supervisors to their patients. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final transient CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.require().role() == Role.ADMIN ? "admin/users" : "patients");
    }
}
