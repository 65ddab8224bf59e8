package org.kappractice.notes;

import java.time.LocalDate;

/** What a clinician writes in a note; the header (author, signature, error mark) is kept apart. */
public sealed interface NoteContent permits ScreeningContent, PreparationContent, IntegrationContent {

    NoteKind kind();

    LocalDate sessionDate();

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
