package org.kappractice.patients;

/** What an admin sees of a patient: who they are and who cares for them, no clinical content. */
public record CareTeamEntry(long id, String mrn, String firstName, String lastName, CareTeam careTeam, int version) {

    public String displayName() {
        return lastName + ", " + firstName;
    }
}
