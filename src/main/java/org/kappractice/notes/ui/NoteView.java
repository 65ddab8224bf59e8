package org.kappractice.notes.ui;

import static org.kappractice.base.ui.Cards.badge;
import static org.kappractice.base.ui.Cards.card;
import static org.kappractice.base.ui.Cards.fact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.stream.Collectors;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Cards;
import org.kappractice.base.ui.EnteredInErrorDialog;
import org.kappractice.base.ui.Notifications;
import org.kappractice.dosing.DosingService;
import org.kappractice.notes.Addendum;
import org.kappractice.notes.ClinicalNote;
import org.kappractice.notes.Contraindication;
import org.kappractice.notes.IntegrationContent;
import org.kappractice.notes.NoteHeader;
import org.kappractice.notes.NoteService;
import org.kappractice.notes.PreparationContent;
import org.kappractice.notes.PreparationTopic;
import org.kappractice.notes.ScreeningContent;
import org.kappractice.security.CurrentUser;

/**
 * A note as it stands: content, signature, addenda and any entered-in-error mark. Its author can
 * edit and sign a draft, add signed addenda to a signed note, or mark it entered in error.
 */
@Route("notes/:noteId")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class NoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final transient NoteService notes;
    private final transient DosingService dosing;
    private final transient CurrentUser currentUser;
    final Button edit = new Button("Edit draft", VaadinIcon.EDIT.create());
    final Button sign = new Button("Sign", VaadinIcon.PENCIL.create());
    final Button addAddendum = new Button("Add addendum", VaadinIcon.PLUS.create());
    final Button markInError = new Button("Mark entered in error", VaadinIcon.BAN.create());
    final Dialog signDialog = new Dialog();
    final Button confirmSign = new Button("Sign and lock");
    final Dialog addendumDialog = new Dialog();
    final TextArea addendumText = new TextArea("Addendum");
    final Button saveAddendum = new Button("Sign addendum");
    final EnteredInErrorDialog errorDialog;
    private ClinicalNote note;

    public NoteView(NoteService notes, DosingService dosing, CurrentUser currentUser) {
        this.notes = notes;
        this.dosing = dosing;
        this.currentUser = currentUser;
        addClassName("page");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markInError.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notes/" + note.header().id() + "/edit")));
        sign.addClickListener(e -> signDialog.open());
        addAddendum.addClickListener(e -> addendumDialog.open());

        confirmSign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmSign.addClickListener(e -> act(() -> notes.sign(note.header().id(), note.header().version()),
                "Note signed.", signDialog));
        signDialog.setHeaderTitle("Sign this note?");
        signDialog.add(new Paragraph("Signing locks the note under your name with today's date and time. "
                + "Later changes are signed addenda."));
        signDialog.getFooter().add(new Button("Cancel", e -> signDialog.close()), confirmSign);

        addendumText.setWidthFull();
        addendumText.setMaxLength(4000);
        saveAddendum.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAddendum.addClickListener(e -> act(() -> notes.addAddendum(note.header().id(), addendumText.getValue()),
                "Addendum signed.", addendumDialog));
        addendumDialog.setHeaderTitle("Add a signed addendum");
        addendumDialog.add(addendumText);
        addendumDialog.setWidth("36em");
        addendumDialog.getFooter().add(new Button("Cancel", e -> addendumDialog.close()), saveAddendum);

        errorDialog = new EnteredInErrorDialog("note", reason -> notes.markEnteredInError(note.header().id(),
                note.header().version(), reason), this::reload);
        markInError.addClickListener(e -> errorDialog.open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("noteId").orElseThrow(() -> new NotFoundException("No note given."));
        note = notes.open(id);
        show();
    }

    @Override
    public String getPageTitle() {
        return note == null ? "Note | KAP Practice" : note.header().kind().label() + " | KAP Practice";
    }

    private void act(Runnable action, String done, Dialog dialog) {
        if (Notifications.attempt(action)) {
            dialog.close();
            Notifications.success(done);
            reload();
        }
    }

    private void reload() {
        note = notes.open(note.header().id());
        show();
    }

    private void show() {
        removeAll();
        NoteHeader h = note.header();
        boolean author = h.authorId() == currentUser.require().id();
        edit.setVisible(author && !h.signed() && !h.inError());
        sign.setVisible(author && !h.signed() && !h.inError());
        addAddendum.setVisible(author && h.signed() && !h.inError());
        markInError.setVisible(author && !h.inError());

        var status = badge(h.status(), h.inError() ? "bad" : h.signed() ? "good" : "info");
        var title = new Div(new H2(h.kind().label() + " · " + Formats.date(h.sessionDate())), status);
        title.addClassName("patient-title");
        add(new Anchor("patients/" + h.patientId(), "← Back to the case file"), title,
                new HorizontalLayout(sign, edit, addAddendum, markInError));
        if (h.inError()) {
            add(banner("error-banner", "Entered in error by " + h.enteredInError().byName() + " on "
                    + Formats.dateTime(h.enteredInError().at()) + ": " + h.enteredInError().reason()));
        }
        add(banner("signature-line", h.signed()
                ? "Signed by " + h.authorName() + " on " + Formats.dateTime(h.signedAt())
                : "Draft by " + h.authorName() + ", started " + Formats.dateTime(h.createdAt()) + ": not signed"));
        add(content());
        if (!note.addenda().isEmpty()) {
            add(new H3("Addenda"));
            for (Addendum addendum : note.addenda()) {
                add(banner("addendum", "Signed by " + addendum.authorName() + " on "
                        + Formats.dateTime(addendum.signedAt()) + "\n" + addendum.text()));
            }
        }
    }

    private Component content() {
        return switch (note.content()) {
            case ScreeningContent s -> Cards.grid(
                    card("Contraindications", fact("Present", s.contraindications().isEmpty() ? "None"
                            : labels(s.contraindications().stream().map(Contraindication::label).toList()))),
                    card("Baseline", fact("Blood pressure", s.baselineSystolic() + "/" + s.baselineDiastolic() + " mmHg"),
                            fact("Heart rate", s.baselineHeartRate() + " bpm"), fact("Weight", s.weightKg() + " kg")),
                    card("Decision", fact("Decision", s.decision().label()), fact("Rationale", s.rationale())));
            case PreparationContent p -> Cards.grid(
                    card("Session", fact("Duration", p.durationMinutes() + " minutes"),
                            fact("Readiness", p.readiness().label()),
                            fact("Topics", p.topics().isEmpty() ? "None"
                                    : labels(p.topics().stream().map(PreparationTopic::label).toList()))),
                    card("Intentions", fact("Intentions", p.intentions())),
                    card("Note", fact("Note", p.note())));
            case IntegrationContent i -> Cards.grid(
                    card("Session", fact("Duration", i.durationMinutes() + " minutes"),
                            fact("Follows", dosing.dosesOf(note.header().patientId()).stream()
                                    .filter(d -> i.dosingSessionIds().contains(d.id()))
                                    .map(d -> d.label() + ": " + d.doseText()).collect(Collectors.joining("\n"))),
                            fact("Themes", i.themes()), fact("Risk check", i.riskCheck().label()),
                            fact("Risk note", i.riskNote())),
                    card("DAP note", fact("Data", i.dataText()), fact("Assessment", i.assessment()),
                            fact("Plan", i.plan())),
                    card("Insights and homework", fact("Insights", i.insights()), fact("Homework", i.homework())));
        };
    }

    private static String labels(Collection<String> labels) {
        return String.join("\n", labels);
    }

    private static Div banner(String className, String text) {
        var banner = new Div();
        banner.setText(text);
        banner.addClassName(className);
        return banner;
    }
}
