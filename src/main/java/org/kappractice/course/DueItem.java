package org.kappractice.course;

/** Something the course needs next, e.g. "Integration session due by 12 Dec 2026". */
public record DueItem(Urgency urgency, String text) {

    /** How soon the care team has to act. */
    public enum Urgency {
        OVERDUE, SOON, NEXT
    }
}
