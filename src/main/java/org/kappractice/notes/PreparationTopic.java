package org.kappractice.notes;

/** What a preparation session covers before the first dose. */
public enum PreparationTopic {
    WHAT_TO_EXPECT("What to expect"),
    SET_AND_SETTING("Set and setting"),
    DISSOCIATION("Dissociation"),
    FASTING_AND_SUBSTANCES("Fasting and substances"),
    NO_DRIVING("No driving"),
    SAFETY_PLAN("Safety plan"),
    CHAPERONE_ORIENTATION("Chaperone orientation");

    private final String label;

    PreparationTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
