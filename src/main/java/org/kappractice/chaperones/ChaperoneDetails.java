package org.kappractice.chaperones;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kappractice.patients.PatientDetails;

/** An adult who stays with the patient during home sessions. Active only once confirmed 18+ and oriented. */
public record ChaperoneDetails(
        @NotBlank(message = "Name is required.")
        @Size(max = 120, message = "Name must be at most 120 characters.")
        String name,
        @NotBlank(message = "Relationship is required.")
        @Size(max = 60, message = "Relationship must be at most 60 characters.")
        String relationship,
        @NotBlank(message = "Phone is required.")
        @Pattern(regexp = PatientDetails.PHONE, message = "Phone must be 7 to 20 digits, spaces, dashes or brackets.")
        String phone,
        boolean adultConfirmed,
        @PastOrPresent(message = "Date oriented cannot be in the future.")
        LocalDate orientedOn,
        boolean active) {

    public static final String ACTIVE_ONLY_WHEN_READY = "Active: a chaperone can be active only once confirmed 18 or "
            + "older and oriented (date oriented entered).";

    public ChaperoneDetails {
        name = name == null ? "" : name.strip();
        relationship = relationship == null ? "" : relationship.strip();
        phone = phone == null ? "" : phone.strip();
    }

    @AssertTrue(message = ACTIVE_ONLY_WHEN_READY)
    public boolean isReadyWhenActive() {
        return !active || (adultConfirmed && orientedOn != null);
    }
}
