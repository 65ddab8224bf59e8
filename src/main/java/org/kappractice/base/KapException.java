package org.kappractice.base;

/** A refusal whose message is written for the clinician who caused it: safe to show as is. */
public abstract class KapException extends RuntimeException {

    protected KapException(String message) {
        super(message);
    }
}
