package org.kappractice;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a demo user in on the current thread, the way a successful form sign-in would. */
@Component
public class SignedIn {
    private final UserDetailsService users;

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(),
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
