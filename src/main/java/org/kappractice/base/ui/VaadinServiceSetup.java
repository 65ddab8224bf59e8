package org.kappractice.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Errors in any view become a plain message; an expired session returns to the sign-in page. */
@Component
class VaadinServiceSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (UI.getCurrent() != null) {
                Notifications.error(error.getThrowable());
            } else {
                ErrorMessages.forUser(error.getThrowable()); // no page to show it on: logged with a reference
            }
        }));
        event.getSource().setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredURL("login?expired");
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }
}
