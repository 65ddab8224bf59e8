package org.kappractice.notes;

import java.util.List;

/** A note as it is read: header, what was written, and its signed addenda in order. */
public record ClinicalNote(NoteHeader header, NoteContent content, List<Addendum> addenda) {

    public ClinicalNote {
        addenda = List.copyOf(addenda);
    }
}
