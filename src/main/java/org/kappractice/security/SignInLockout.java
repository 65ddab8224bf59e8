package org.kappractice.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after too many failed sign-ins in a window, for the length of that window.
 * The failures are counted from the audit trail, which records each of them anyway.
 */
@Component
public class SignInLockout {
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInLockout(AccountRepository accounts, AuditTrail audit, Clock clock,
                  @Value("${kap.security.max-failed-sign-ins:5}") int maxFailures,
                  @Value("${kap.security.lockout-window:15m}") Duration window) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Called after a failed sign-in has been audited. */
    @Transactional
    void afterFailedSignIn(String username) {
        if (accounts.credentials(username).isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime since = now.minus(window);
        OffsetDateTime lastSignIn = audit.lastAt(username, AuditAction.SIGN_IN);
        if (lastSignIn != null && lastSignIn.isAfter(since)) {
            since = lastSignIn;
        }
        if (audit.countSince(username, AuditAction.SIGN_IN_FAILED, since) >= maxFailures) {
            OffsetDateTime until = now.plus(window);
            accounts.setLockedUntil(username, until);
            audit.recordFor(username, AuditAction.ACCOUNT_LOCKED,
                    maxFailures + " failed sign-ins within " + window.toMinutes() + " minutes; locked until " + until);
        }
    }

    public String lockedMessage() {
        return "This account is locked for " + window.toMinutes() + " minutes after " + maxFailures
                + " failed sign-ins. Try again later or ask an admin to unlock it.";
    }

    public String failedMessage() {
        return "Check that you entered them correctly and try again. After " + maxFailures
                + " failed sign-ins within " + window.toMinutes() + " minutes the account is locked for "
                + window.toMinutes() + " minutes.";
    }
}
