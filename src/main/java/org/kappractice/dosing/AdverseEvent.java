package org.kappractice.dosing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An adverse event of a dosing session, with its severity. */
public record AdverseEvent(
        @NotNull(message = "Adverse event: the kind is required.")
        AdverseEventKind kind,
        @NotNull(message = "Adverse event: the severity is required.")
        Severity severity,
        @Size(max = 1000, message = "Adverse event detail must be at most 1000 characters.")
        String detail) {

    public AdverseEvent {
        detail = detail == null ? "" : detail.strip();
    }

    @Override
    public String toString() {
        return kind.label() + " (" + severity.label().toLowerCase() + ")" + (detail.isEmpty() ? "" : ": " + detail);
    }
}
