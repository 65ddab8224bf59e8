package org.kappractice.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kappractice.notes.NoteRules.NoteAction;

/** Rule 5: drafts until signed, signing locks, addenda for signed notes, entered-in-error notes stay as they are. */
class NoteRulesTest {
    static final long AUTHOR = 3;
    static final long SOMEONE_ELSE = 4;
    static final OffsetDateTime SIGNED = OffsetDateTime.of(2026, 12, 3, 17, 0, 0, 0, ZoneOffset.UTC);

    static NoteHeader note(boolean signed, boolean inError) {
        return new NoteHeader(1, 9, NoteKind.INTEGRATION, LocalDate.of(2026, 12, 3), AUTHOR, "Tara Therapist",
                SIGNED.minusHours(1), signed ? SIGNED : null,
                inError ? new EnteredInError("Tara Therapist", SIGNED.plusDays(1), "Wrong patient") : null, 0);
    }

    static Stream<Arguments> cases() {
        NoteHeader draft = note(false, false);
        NoteHeader signed = note(true, false);
        NoteHeader wrong = note(true, true);
        return Stream.of(
                Arguments.of("author edits a draft", NoteAction.EDIT, draft, AUTHOR, null),
                Arguments.of("another clinician edits a draft", NoteAction.EDIT, draft, SOMEONE_ELSE,
                        "Only the author, Tara Therapist, can edit"),
                Arguments.of("author edits a signed note", NoteAction.EDIT, signed, AUTHOR,
                        "is locked: add a signed addendum instead"),
                Arguments.of("author signs a draft", NoteAction.SIGN, draft, AUTHOR, null),
                Arguments.of("another clinician signs a draft", NoteAction.SIGN, draft, SOMEONE_ELSE,
                        "Only the author, Tara Therapist, can sign"),
                Arguments.of("author signs again", NoteAction.SIGN, signed, AUTHOR, "is already signed"),
                Arguments.of("author amends a signed note", NoteAction.ADD_ADDENDUM, signed, AUTHOR, null),
                Arguments.of("author amends a draft", NoteAction.ADD_ADDENDUM, draft, AUTHOR,
                        "is a draft: edit it and sign it"),
                Arguments.of("another clinician amends a signed note", NoteAction.ADD_ADDENDUM, signed, SOMEONE_ELSE,
                        "Only the author"),
                Arguments.of("author marks a signed note in error", NoteAction.MARK_ENTERED_IN_ERROR, signed, AUTHOR, null),
                Arguments.of("author marks a draft in error", NoteAction.MARK_ENTERED_IN_ERROR, draft, AUTHOR, null),
                Arguments.of("author amends a note entered in error", NoteAction.ADD_ADDENDUM, wrong, AUTHOR,
                        "is marked entered in error and stays in the record as it is"),
                Arguments.of("author marks it in error twice", NoteAction.MARK_ENTERED_IN_ERROR, wrong, AUTHOR,
                        "is marked entered in error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whoMayDoWhatToANote(String situation, NoteAction action, NoteHeader note, long user, String expected) {
        var refusals = NoteRules.refusals(action, note, user);
        if (expected == null) {
            assertThat(refusals).as(situation).isEmpty();
        } else {
            assertThat(refusals).as(situation).singleElement().asString().contains(expected);
        }
    }
}
