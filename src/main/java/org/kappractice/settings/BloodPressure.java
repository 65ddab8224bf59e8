package org.kappractice.settings;

/** A blood-pressure reading or limit in mmHg. */
public record BloodPressure(int systolic, int diastolic) {

    /** At or above a hold limit: either number reaching the limit counts. */
    public boolean reaches(BloodPressure limit) {
        return systolic >= limit.systolic || diastolic >= limit.diastolic;
    }

    @Override
    public String toString() {
        return systolic + "/" + diastolic;
    }
}
