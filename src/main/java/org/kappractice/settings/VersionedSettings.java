package org.kappractice.settings;

/** The settings with the version an admin's save must match. */
public record VersionedSettings(PracticeSettings settings, int version) {
}
