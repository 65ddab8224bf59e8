package org.kappractice.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Notifications;
import org.kappractice.dosing.DosingService;
import org.kappractice.notes.ClinicalNote;
import org.kappractice.notes.IntegrationContent;
import org.kappractice.notes.NoteContent;
import org.kappractice.notes.NoteKind;
import org.kappractice.notes.NoteService;
import org.kappractice.notes.PreparationContent;
import org.kappractice.notes.ScreeningContent;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;

/** Writes a new note of one kind for a patient, or edits a draft; saves it as a draft or saves and signs it. */
@Route("patients/:id/notes/new/:kind")
@RouteAlias("notes/:noteId/edit")
@RolesAllowed({"THERAPIST", "PRESCRIBER"})
public class NoteEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final transient NoteService notes;
    private final transient PatientService patients;
    private final transient DosingService dosing;
    final H2 title = new H2();
    final Button saveDraft = new Button("Save draft");
    final Button saveAndSign = new Button("Save and sign");
    final Button cancel = new Button("Cancel");
    NoteForm<? extends NoteContent> form;
    private long patientId;
    private Long noteId;
    private int version;

    public NoteEditView(NoteService notes, PatientService patients, DosingService dosing) {
        this.notes = notes;
        this.patients = patients;
        this.dosing = dosing;
        addClassName("page");
        saveAndSign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDraft.addClickListener(e -> save(false));
        saveAndSign.addClickListener(e -> save(true));
        cancel.addClickListener(e -> leave());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        NoteKind kind;
        NoteContent content;
        if (params.get("noteId").isPresent()) {
            ClinicalNote note = notes.open(params.getLong("noteId").orElseThrow());
            noteId = note.header().id();
            version = note.header().version();
            patientId = note.header().patientId();
            kind = note.header().kind();
            content = note.content();
        } else {
            patientId = params.getLong("id").orElseThrow(() -> new NotFoundException("No patient given."));
            kind = params.get("kind").map(k -> parseKind(k)).orElseThrow();
            content = blank(kind);
        }
        PatientFile patient = patients.requireAccess(patientId, "write a note in");
        form = formFor(kind, content);
        title.setText((noteId == null ? "New " + kind.label().toLowerCase() : "Edit " + kind.label().toLowerCase()
                + " draft of " + Formats.date(content.sessionDate())) + " · " + patient.details().fullName());
        removeAll();
        add(title, new Paragraph("Saved as a draft until you sign it. Signing locks the note; later changes "
                + "are signed addenda."), form.layout(), new HorizontalLayout(saveAndSign, saveDraft, cancel));
    }

    @Override
    public String getPageTitle() {
        return "Note | KAP Practice";
    }

    private void save(boolean andSign) {
        NoteContent content = form.write();
        if (content == null) {
            return;
        }
        boolean saved = Notifications.attempt(() -> {
            if (noteId == null) {
                noteId = notes.create(patientId, content);
                version = 0;
            } else {
                notes.update(noteId, version, content);
                version++;
            }
        });
        if (saved && andSign) {
            saved = Notifications.attempt(() -> notes.sign(noteId, version));
        }
        if (saved) {
            Notifications.success(andSign ? "Note saved and signed." : "Draft saved.");
            getUI().ifPresent(ui -> ui.navigate("notes/" + noteId));
        }
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(noteId == null ? "patients/" + patientId : "notes/" + noteId));
    }

    private NoteForm<? extends NoteContent> formFor(NoteKind kind, NoteContent content) {
        return switch (kind) {
            case SCREENING -> {
                var f = new ScreeningForm();
                f.read((ScreeningContent) content);
                yield f;
            }
            case PREPARATION -> {
                var f = new PreparationForm();
                f.read((PreparationContent) content);
                yield f;
            }
            case INTEGRATION -> {
                var f = new IntegrationForm(dosing.dosesOf(patientId).stream()
                        .filter(d -> d.dosed() && !d.inError()).toList().reversed());
                f.read((IntegrationContent) content);
                yield f;
            }
        };
    }

    private static NoteKind parseKind(String kind) {
        try {
            return NoteKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no kind of note called \"" + kind + "\".");
        }
    }

    private static NoteContent blank(NoteKind kind) {
        LocalDate today = LocalDate.now();
        return switch (kind) {
            case SCREENING -> new ScreeningContent(today, Set.of(), null, null, null, null, null, "");
            case PREPARATION -> new PreparationContent(today, 50, "", Set.of(), null, "");
            case INTEGRATION -> new IntegrationContent(today, 50, Set.of(), "", "", "", "", "", "", null, "");
        };
    }
}
