package org.kappractice.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.AUDIT_ENTRY;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in through Spring Security's own provider, with the app's events, audit and lockout wired in. */
@KapTest
class SignInTest {
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher events;
    @Autowired AccountService accounts;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;
    @Autowired SessionRegistry registry;

    private AuthenticationManager signIn;
    private String username;

    @BeforeEach
    void newAccount() {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        signIn = manager;

        username = "signin." + System.nanoTime();
        signedIn.as(Demo.ADMIN);
        accounts.create(new NewUserAccount(username, "Sign In Tester", Role.THERAPIST, PASSWORD, null));
        signedIn.out();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void passwordsAreStoredWithBcryptNeverInPlainText() {
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void successfulAndFailedSignInsAreAudited() {
        assertThatThrownBy(() -> attempt("wrong-password")).isInstanceOf(BadCredentialsException.class);
        attempt(PASSWORD);
        assertThat(auditCount("SIGN_IN_FAILED")).isEqualTo(1);
        assertThat(auditCount("SIGN_IN")).isEqualTo(1);
    }

    @Test
    void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() {
        failSignIns(5);
        assertThatThrownBy(() -> attempt(PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(auditCount("ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(auditCount("SIGN_IN_REFUSED_LOCKED")).isEqualTo(1);
    }

    @Test
    void fourFailedSignInsDoNotLock() {
        failSignIns(4);
        assertThatCode(() -> attempt(PASSWORD)).doesNotThrowAnyException();
    }

    @Test
    void anAdminCanUnlockALockedAccount() {
        failSignIns(5);
        signedIn.as(Demo.ADMIN);
        accounts.unlock(account().id());
        signedIn.out();
        assertThatCode(() -> attempt(PASSWORD)).doesNotThrowAnyException();
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        signedIn.as(Demo.ADMIN);
        UserAccount account = account();
        accounts.update(account.id(), account.version(), account.role(), null, false);
        signedIn.out();
        assertThatThrownBy(() -> attempt(PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUserOnly() {
        registry.registerNewSession("laptop-" + username, userDetails.loadUserByUsername(username));
        registry.registerNewSession("phone-" + username, userDetails.loadUserByUsername(username));
        registry.registerNewSession("colleague-" + username, userDetails.loadUserByUsername(Demo.OTHER_THERAPIST));

        signedIn.as(username);
        accounts.signOutEverywhere();

        assertThat(registry.getSessionInformation("laptop-" + username).isExpired()).isTrue();
        assertThat(registry.getSessionInformation("phone-" + username).isExpired()).isTrue();
        assertThat(registry.getSessionInformation("colleague-" + username).isExpired()).isFalse();
        assertThat(auditCount("SIGN_OUT_EVERYWHERE")).isEqualTo(1);
    }

    @Test
    void deactivatingAUserEndsTheirSessions() {
        registry.registerNewSession("desk-" + username, userDetails.loadUserByUsername(username));
        signedIn.as(Demo.ADMIN);
        UserAccount account = account();
        accounts.update(account.id(), account.version(), account.role(), null, false);
        assertThat(registry.getSessionInformation("desk-" + username).isExpired()).isTrue();
    }

    private void failSignIns(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
    }

    /** The test's account, as the admin sees it (call while signed in as admin). */
    private UserAccount account() {
        return accounts.allAccounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private void attempt(String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private int auditCount(String action) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR.eq(username).and(AUDIT_ENTRY.ACTION.eq(action)));
    }
}
