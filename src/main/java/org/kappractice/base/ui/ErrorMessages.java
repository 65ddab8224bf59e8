package org.kappractice.base.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import org.kappractice.base.KapException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Turns any failure into a sentence a clinician can act on; never a stack trace. */
public final class ErrorMessages {
    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String forUser(Throwable error) {
        Throwable cause = rootOfInterest(error);
        if (cause instanceof KapException kap) {
            return kap.getMessage();
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return String.join(" ", invalid.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).sorted(Comparator.naturalOrder()).toList());
        }
        if (cause instanceof AccessDeniedException denied) {
            return denied.getMessage() != null && !denied.getMessage().startsWith("Access Denied")
                    ? denied.getMessage() : "You do not have permission to do that.";
        }
        if (cause instanceof AuthenticationCredentialsNotFoundException) {
            return "Your session has ended. Please sign in again.";
        }
        String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        log.error("Unexpected error, reference {}", reference, error);
        return "Something went wrong, so your last action may not have been completed. If it happens again, tell your admin (reference "
                + reference + ").";
    }

    private static Throwable rootOfInterest(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof KapException || current instanceof ConstraintViolationException
                    || current instanceof AccessDeniedException
                    || current instanceof AuthenticationCredentialsNotFoundException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }
}
