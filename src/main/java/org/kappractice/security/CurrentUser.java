package org.kappractice.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in member of staff, read fresh from the database so a role change takes effect at once. */
@Component
public class CurrentUser {
    private final AccountRepository accounts;

    CurrentUser(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<UserAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsername(auth.getName()).filter(UserAccount::active);
    }

    /** The signed-in, active user; refuses when there is none. */
    public UserAccount require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
