package org.kappractice.patients;

import java.time.LocalDate;

/** One row of the patient list. */
public record PatientSummary(long id, String mrn, String firstName, String lastName, LocalDate dateOfBirth,
                             CourseStatus courseStatus, String therapistName, String prescriberName) {

    public String displayName() {
        return lastName + ", " + firstName;
    }
}
