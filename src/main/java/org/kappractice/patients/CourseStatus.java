package org.kappractice.patients;

/** Where a patient is in the KAP course, in the order the course runs. */
public enum CourseStatus {
    REFERRED("Referred"),
    SCREENING("Screening"),
    PREPARATION("Preparation"),
    DOSING("Dosing"),
    MAINTENANCE("Maintenance"),
    DISCHARGED("Discharged");

    private final String label;

    CourseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
