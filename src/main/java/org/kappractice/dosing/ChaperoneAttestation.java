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
    /** Every duty, in the order of the form. */
    public static final List<String> DUTIES = List.of(PRESENT, CHECKED, VOICE_RANGE, EMERGENCY_PLAN, NO_DRIVING,
            UNTIL_ALERT);

    public ChaperoneAttestation {
        readings = readings == null ? List.of() : readings.stream()
                .sorted(Comparator.comparing(ChaperoneReading::takenAt)).toList();
    }

    /** The duties not attested, in the words of the form. */
    public List<String> missingDuties() {
        List<Boolean> attested = List.of(presentThroughout, checkedEvery15Minutes, withinVoiceRange, knowsEmergencyPlan,
                patientDidNotDrive, stayedUntilAlert);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < DUTIES.size(); i++) {
            if (!attested.get(i)) {
                missing.add(DUTIES.get(i));
            }
        }
        return missing;
    }
}
