package org.kappractice.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Ends every session of one member of staff, on every device ("sign out everywhere", deactivation). */
@Component
class SessionSignOut {
    private final SessionRegistry sessions;

    SessionSignOut(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    int expireAll(String username) {
        int expired = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    expired++;
                }
            }
        }
        return expired;
    }
}
