package org.kappractice.notes;

/** The suicide and self-harm risk check documented at an integration session. */
public enum RiskCheck {
    NO_CURRENT_RISK("No current risk identified"),
    RISK_SAFETY_PLAN_REVIEWED("Risk identified, safety plan reviewed"),
    RISK_ESCALATED("Risk identified, escalated");

    private final String label;

    RiskCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
