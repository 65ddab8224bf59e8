package org.kappractice.dosing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.kappractice.base.Formats;

/** A blood pressure and heart rate the chaperone took during a home session, with the time. */
public record ChaperoneReading(
        @NotNull(message = "Chaperone reading: the time is required.")
        LocalTime takenAt,
        @Min(value = 60, message = "Chaperone reading systolic must be between 60 and 260 mmHg.")
        @Max(value = 260, message = "Chaperone reading systolic must be between 60 and 260 mmHg.")
        int systolic,
        @Min(value = 30, message = "Chaperone reading diastolic must be between 30 and 160 mmHg.")
        @Max(value = 160, message = "Chaperone reading diastolic must be between 30 and 160 mmHg.")
        int diastolic,
        @Min(value = 25, message = "Chaperone reading heart rate must be between 25 and 220 bpm.")
        @Max(value = 220, message = "Chaperone reading heart rate must be between 25 and 220 bpm.")
        int heartRate) {

    @Override
    public String toString() {
        return Formats.time(takenAt) + " BP " + systolic + "/" + diastolic + ", HR " + heartRate;
    }
}
