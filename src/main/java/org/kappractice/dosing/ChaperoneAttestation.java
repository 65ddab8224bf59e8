package org.kappractice.dosing;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the chaperone attests after a home session, with the readings they took. */
public record ChaperoneAttestation(boolean presentThroughout, boolean checkedEvery15Minutes, boolean withinVoiceRange,
                                   boolean knowsEmergencyPlan, boolean patientDidNotDrive, boolean stayedUntilAlert,
                                   List<@Valid ChaperoneReading> readings) {

    public static final String PRESENT = "present for the whole session";
    public static final String CHECKED = "checked on the patient about every 15 minutes";
    public static final String VOICE_RANGE = "stayed within voice range";
    public static final String EMERGENCY_PLAN = "knows the emergency plan";
    public static final String NO_DRIVING = "patient did not drive";
    public static final String UNTIL_ALERT = "stayed until the patient was alert and steady";

    public ChaperoneAttestation {
        readings = readings == null ? List.of() : readings.stream()
                .sorted(Comparator.comparing(ChaperoneReading::takenAt)).toList();
    }

    /** The duties not attested, in the words of the form. */
    public List<String> missingDuties() {
        List<String> missing = new ArrayList<>();
        if (!presentThroughout) {
            missing.add(PRESENT);
        }
        if (!checkedEvery15Minutes) {
            missing.add(CHECKED);
        }
        if (!withinVoiceRange) {
            missing.add(VOICE_RANGE);
        }
        if (!knowsEmergencyPlan) {
            missing.add(EMERGENCY_PLAN);
        }
        if (!patientDidNotDrive) {
            missing.add(NO_DRIVING);
        }
        if (!stayedUntilAlert) {
            missing.add(UNTIL_ALERT);
        }
        return missing;
    }
}
