package org.kappractice.notes;

import java.util.List;
import org.kappractice.base.Formats;

/**
 * Rule 5 of the course: notes are drafts until their author signs them; signing locks them; later
 * changes are signed addenda; a note entered in error stays as it is. Plain Java, no Spring.
 */
public final class NoteRules {

    /** What a clinician may try to do with an existing note. */
    public enum NoteAction {
        EDIT("edit"), SIGN("sign"), ADD_ADDENDUM("add an addendum to"), MARK_ENTERED_IN_ERROR("mark");

        private final String verb;

        NoteAction(String verb) {
            this.verb = verb;
        }
    }

    private NoteRules() {
    }

    /** Why {@code userId} may not do {@code action} to {@code note}; empty when they may. */
    public static List<String> refusals(NoteAction action, NoteHeader note, long userId) {
        String what = "this " + note.kind().label().toLowerCase() + " note of " + Formats.date(note.sessionDate());
        if (note.authorId() != userId) {
            return List.of("Only the author, " + note.authorName() + ", can " + action.verb + " " + what + ".");
        }
        if (note.inError()) {
            return List.of(capitalise(what) + " is marked entered in error and stays in the record as it is.");
        }
        return switch (action) {
            case EDIT -> note.signed() ? List.of(capitalise(what) + " was signed on "
                    + Formats.dateTime(note.signedAt()) + " and is locked: add a signed addendum instead.") : List.of();
            case SIGN -> note.signed() ? List.of(capitalise(what) + " is already signed.") : List.of();
            case ADD_ADDENDUM -> note.signed() ? List.of() : List.of(capitalise(what)
                    + " is a draft: edit it and sign it; addenda are for signed notes.");
            case MARK_ENTERED_IN_ERROR -> List.of();
        };
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
