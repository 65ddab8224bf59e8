package org.kappractice.base;

import java.util.List;

/** Input that breaks a rule; each problem names the field and the rule. */
public class InvalidInputException extends KapException {
    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
