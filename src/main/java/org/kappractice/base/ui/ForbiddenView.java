package org.kappractice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses to open a record (e.g. a patient outside the caseload, opened by URL). */
@ParentLayout(MainLayout.class)
@PermitAll
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {
    final Paragraph reason = new Paragraph();

    public ForbiddenView() {
        addClassName("message-page");
        add(new H2("Not available to you"), reason, new Anchor("", "Back to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        reason.setText(ErrorMessages.forUser(parameter.getException()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
