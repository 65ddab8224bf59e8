package org.kappractice.patients;

/** A case file as a clinician or supervisor reads it. */
public record PatientFile(long id, String mrn, PatientDetails details, CareTeam careTeam, int version) {
}
