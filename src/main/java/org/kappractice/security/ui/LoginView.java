package org.kappractice.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.kappractice.security.SignInLockout;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | KAP Practice")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {
    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();

    private final transient SignInLockout lockout;

    public LoginView(SignInLockout lockout) {
        this.lockout = lockout;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        login.setI18n(i18n);
        notice.addClassName("login-notice");
        notice.setVisible(false);

        var brand = new Div(new H1("KAP Practice"),
                new Paragraph("The case record for ketamine-assisted psychotherapy"));
        brand.addClassName("login-brand");
        add(brand, notice, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("locked")) {
            showError("Account locked", lockout.lockedMessage());
        } else if (params.containsKey("error")) {
            showError("Incorrect username or password", lockout.failedMessage());
        } else if (params.containsKey("expired")) {
            showNotice("Your session ended after a period of inactivity, or you signed out on another device. Please sign in again.");
        } else if (params.containsKey("signed-out")) {
            showNotice("You have signed out.");
        }
    }

    private void showError(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
        login.setError(true);
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
