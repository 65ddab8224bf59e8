package org.kappractice.patients;

/** The columns the patient list sorts by, in SQL. */
public enum PatientSort {
    NAME, MRN, DATE_OF_BIRTH, COURSE_STATUS;

    public record Order(PatientSort column, boolean ascending) {
    }
}
