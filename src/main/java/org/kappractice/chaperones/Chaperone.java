package org.kappractice.chaperones;

/** A patient's chaperone as stored, with the version an edit must match. */
public record Chaperone(long id, long patientId, ChaperoneDetails details, int version) {

    public String name() {
        return details.name();
    }

    public boolean active() {
        return details.active();
    }
}
