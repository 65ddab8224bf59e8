package org.kappractice.base;

import java.util.List;

/** A clinical rule refused an action; each reason says, in clinical words, which rule failed. */
public class RuleRefusedException extends KapException {
    private final List<String> reasons;

    public RuleRefusedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
