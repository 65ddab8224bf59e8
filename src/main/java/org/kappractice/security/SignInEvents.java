package org.kappractice.security;

import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out to the audit trail, and feeds the lockout. */
@Component
class SignInEvents {
    private final AuditTrail audit;
    private final SignInLockout lockout;

    SignInEvents(AuditTrail audit, SignInLockout lockout) {
        this.audit = audit;
        this.lockout = lockout;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.recordFor(event.getAuthentication().getName(), AuditAction.SIGN_IN, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureLockedEvent) {
            audit.recordFor(username, AuditAction.SIGN_IN_REFUSED_LOCKED, "account locked");
        } else {
            audit.recordFor(username, AuditAction.SIGN_IN_FAILED, event.getException().getClass().getSimpleName());
            if (event instanceof AuthenticationFailureBadCredentialsEvent) {
                lockout.afterFailedSignIn(username);
            }
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.recordFor(event.getAuthentication().getName(), AuditAction.SIGN_OUT, null);
    }
}
