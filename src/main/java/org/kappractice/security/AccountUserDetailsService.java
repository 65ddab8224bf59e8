package org.kappractice.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for sign-in: deactivated accounts are disabled, locked ones refused until the lock ends. */
@Service
class AccountUserDetailsService implements UserDetailsService {
    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = accounts.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        boolean locked = credentials.lockedUntil() != null
                && credentials.lockedUntil().isAfter(OffsetDateTime.now(clock));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .authorities(new SimpleGrantedAuthority(credentials.role().authority()))
                .disabled(!credentials.active())
                .accountLocked(locked)
                .build();
    }
}
