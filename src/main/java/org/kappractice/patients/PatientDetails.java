package org.kappractice.patients;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The editable part of a case file. The constraints are the one statement of the input rules:
 * the form shows them per field and the service enforces them again.
 */
public record PatientDetails(
        @NotBlank(message = "First name is required.")
        @Size(max = 80, message = "First name must be at most 80 characters.")
        String firstName,
        @NotBlank(message = "Last name is required.")
        @Size(max = 80, message = "Last name must be at most 80 characters.")
        String lastName,
        @NotNull(message = "Date of birth is required.")
        @Past(message = "Date of birth must be in the past.")
        LocalDate dateOfBirth,
        @NotBlank(message = "Phone is required.")
        @Pattern(regexp = PHONE, message = "Phone must be 7 to 20 digits, spaces, dashes or brackets.")
        String phone,
        @Email(message = "Email must be a valid address, like name@example.org.")
        @Size(max = 120, message = "Email must be at most 120 characters.")
        String email,
        @NotBlank(message = "Emergency contact name is required.")
        @Size(max = 120, message = "Emergency contact name must be at most 120 characters.")
        String emergencyContactName,
        @NotBlank(message = "Emergency contact relationship is required.")
        @Size(max = 60, message = "Emergency contact relationship must be at most 60 characters.")
        String emergencyContactRelationship,
        @NotBlank(message = "Emergency contact phone is required.")
        @Pattern(regexp = PHONE, message = "Emergency contact phone must be 7 to 20 digits, spaces, dashes or brackets.")
        String emergencyContactPhone,
        Set<Diagnosis> diagnoses,
        @PastOrPresent(message = "Consent date cannot be in the future.")
        LocalDate consentDate,
        @Size(max = 20, message = "Consent version must be at most 20 characters.")
        String consentVersion,
        @NotNull(message = "Course status is required.")
        CourseStatus courseStatus) {

    /** Blank, or a plausible phone number. */
    public static final String PHONE = "^$|^\\+?[0-9][0-9 ()-]{5,18}[0-9]$";
    public static final String CONSENT_VERSION_REQUIRED = "Consent version is required when a consent date is entered.";
    public static final String DATE_OF_BIRTH_PLAUSIBLE = "Date of birth must be within the last 120 years.";

    public PatientDetails {
        firstName = strip(firstName);
        lastName = strip(lastName);
        phone = strip(phone);
        email = strip(email);
        emergencyContactName = strip(emergencyContactName);
        emergencyContactRelationship = strip(emergencyContactRelationship);
        emergencyContactPhone = strip(emergencyContactPhone);
        consentVersion = strip(consentVersion);
        diagnoses = diagnoses == null || diagnoses.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Diagnosis.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(diagnoses));
    }

    @AssertTrue(message = CONSENT_VERSION_REQUIRED)
    public boolean isConsentComplete() {
        return consentDate == null || !consentVersion.isEmpty();
    }

    @AssertTrue(message = DATE_OF_BIRTH_PLAUSIBLE)
    public boolean isDateOfBirthPlausible() {
        return dateOfBirth == null || dateOfBirth.isAfter(LocalDate.now().minusYears(120));
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean hasConsent() {
        return consentDate != null;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
