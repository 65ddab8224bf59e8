package org.kappractice.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's two kinds of message: a short confirmation, and an alert that stays long enough to read. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(Throwable error) {
        return alert(ErrorMessages.forUser(error));
    }

    /** A finding or refusal that stays on screen long enough to be read. */
    public static Notification alert(String text) {
        Notification notification = Notification.show(text, 10000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** Runs a user action; a failure is shown as an error and leaves the form as the user left it. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }
}
