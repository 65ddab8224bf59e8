package org.kappractice.notes;

/** The contraindications a prescriber checks at eligibility screening. */
public enum Contraindication {
    UNCONTROLLED_HYPERTENSION("Uncontrolled hypertension"),
    HISTORY_OF_PSYCHOSIS("History of psychosis"),
    CURRENT_MANIA("Current mania"),
    PREGNANCY_OR_BREASTFEEDING("Pregnancy or breastfeeding"),
    ACTIVE_SUBSTANCE_USE_DISORDER("Active substance use disorder"),
    UNCONTROLLED_GLAUCOMA("Uncontrolled glaucoma"),
    RAISED_INTRACRANIAL_PRESSURE("Raised intracranial pressure"),
    SERIOUS_CARDIOVASCULAR_DISEASE("Serious cardiovascular disease"),
    LIVER_DISEASE("Liver disease"),
    INTERSTITIAL_CYSTITIS("Interstitial cystitis"),
    KETAMINE_ALLERGY("Ketamine allergy"),
    ACTIVE_SUICIDAL_IDEATION("Active suicidal ideation");

    private final String label;

    Contraindication(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
