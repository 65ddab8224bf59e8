package org.kappractice;

/** The demo practice's usernames, as seeded by SyntheticPractice. */
public final class Demo {
    public static final String SUPERVISOR = "sam.supervisor";
    public static final String THERAPIST = "tara.therapist";
    public static final String OTHER_THERAPIST = "theo.therapist";
    public static final String PRESCRIBER = "priya.prescriber";
    public static final String OTHER_PRESCRIBER = "paul.prescriber";
    public static final String ADMIN = "ada.admin";

    private Demo() {
    }
}
