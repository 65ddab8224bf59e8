package org.kappractice.patients;

/** What the patient list is narrowed to: a name or MRN fragment, a course status, a clinician. */
public record PatientFilter(String text, CourseStatus status, Long clinicianId) {

    public static final PatientFilter NONE = new PatientFilter("", null, null);

    public PatientFilter {
        text = text == null ? "" : text.strip();
    }
}
