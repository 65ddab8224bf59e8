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

/** Any other failure while opening a page: a plain message with a reference, the details go to the log. */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    final Paragraph reason = new Paragraph();

    public InternalErrorView() {
        addClassName("message-page");
        add(new H2("This page could not be opened"), reason, new Anchor("", "Back to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reason.setText(ErrorMessages.forUser(parameter.getException()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
