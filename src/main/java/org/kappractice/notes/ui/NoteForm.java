package org.kappractice.notes.ui;

import com.vaadin.flow.component.Component;
import org.kappractice.notes.NoteContent;

/** The form of one kind of note: shows content, and hands back what was typed once every field keeps its rule. */
interface NoteForm<T extends NoteContent> {

    Component layout();

    void read(T content);

    /** The content, or null when a field breaks its rule (the field then says why). */
    T write();
}
