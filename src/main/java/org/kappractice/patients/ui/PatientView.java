package org.kappractice.patients.ui;

import static org.kappractice.base.ui.Cards.badge;
import static org.kappractice.base.ui.Cards.card;
import static org.kappractice.base.ui.Cards.fact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Cards;
import org.kappractice.course.CourseService;
import org.kappractice.course.CourseTimeline;
import org.kappractice.course.DueItem;
import org.kappractice.course.TimelineEntry;
import org.kappractice.patients.Diagnosis;
import org.kappractice.patients.PatientDetails;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;

/**
 * A patient's case file: who they are, consent and care team, then the course: what is due next,
 * every session and decision in order, and the actions the signed-in clinician's role allows.
 */
@Route("patients/:id")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final transient PatientService patients;
    private final transient CourseService course;
    private final transient CurrentUser currentUser;
    final Button edit = new Button("Edit details", VaadinIcon.EDIT.create());
    final HorizontalLayout actions = new HorizontalLayout();
    final Div due = new Div();
    final Div timeline = new Div();
    private PatientFile file;

    public PatientView(PatientService patients, CourseService course, CurrentUser currentUser) {
        this.patients = patients;
        this.course = course;
        this.currentUser = currentUser;
        addClassName("page");
        due.addClassName("due-list");
        timeline.addClassName("timeline");
        actions.addClassName("course-actions");
        actions.getStyle().set("flex-wrap", "wrap");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No patient given."));
        file = patients.open(id);
        show(course.timeline(id));
    }

    @Override
    public String getPageTitle() {
        return file == null ? "Patient | KAP Practice" : file.mrn() + " | KAP Practice";
    }

    private void show(CourseTimeline courseTimeline) {
        removeAll();
        PatientDetails d = file.details();
        Role role = currentUser.require().role();

        var name = new H2(d.fullName());
        var meta = new Span("MRN " + file.mrn());
        meta.addClassName("muted");
        var titleBlock = new Div(name, meta, CourseStatusBadge.of(d.courseStatus()));
        titleBlock.addClassName("patient-title");
        edit.setVisible(role.isClinician());
        edit.addClickListener(e -> go("patients/" + file.id() + "/edit"));
        var header = Cards.header(titleBlock, edit);

        var cards = Cards.grid(
                card("Patient",
                        fact("Date of birth", Formats.date(d.dateOfBirth()) + " (age "
                                + Period.between(d.dateOfBirth(), LocalDate.now()).getYears() + ")"),
                        fact("Phone", d.phone()),
                        fact("Email", Formats.orDash(d.email()))),
                card("Emergency contact",
                        fact("Name", d.emergencyContactName()),
                        fact("Relationship", d.emergencyContactRelationship()),
                        fact("Phone", d.emergencyContactPhone())),
                card("Diagnoses", fact("ICD-10", d.diagnoses().isEmpty() ? "None recorded"
                        : d.diagnoses().stream().map(Diagnosis::display).collect(Collectors.joining("\n")))),
                card("Informed consent", d.hasConsent()
                        ? new Component[] {fact("Signed", Formats.date(d.consentDate())), fact("Version", d.consentVersion())}
                        : new Component[] {fact("Status", "Not on file: no dosing until consent is recorded")}),
                card("Care team",
                        fact("Therapist", Formats.orDash(file.careTeam().therapistName())),
                        fact("Prescriber", Formats.orDash(file.careTeam().prescriberName())),
                        fact("Supervisor", file.careTeam().supervisorNames().isEmpty() ? "—"
                                : String.join(", ", file.careTeam().supervisorNames()))));

        showActions(role);
        showDue(courseTimeline.due());
        showTimeline(courseTimeline.entries());
        add(header, cards, new H3("Course"), actions, due, timeline);
    }

    private void showActions(Role role) {
        actions.removeAll();
        String base = "patients/" + file.id();
        List<Button> buttons = new ArrayList<>();
        if (role == Role.PRESCRIBER) {
            buttons.add(action("Eligibility screening", VaadinIcon.STETHOSCOPE, base + "/notes/new/screening"));
        }
        if (role == Role.THERAPIST) {
            buttons.add(action("Preparation session", VaadinIcon.NOTEBOOK, base + "/notes/new/preparation"));
        }
        if (role.isClinician()) {
            buttons.add(action("Dosing session", VaadinIcon.PILL, base + "/dosing/new"));
        }
        if (role == Role.THERAPIST) {
            buttons.add(action("Integration session", VaadinIcon.CONNECT, base + "/notes/new/integration"));
        }
        buttons.add(action("Home-dose approvals", VaadinIcon.CLIPBOARD_CHECK, base + "/approvals"));
        buttons.add(action("Chaperones", VaadinIcon.USERS, base + "/chaperones"));
        buttons.forEach(actions::add);
    }

    private Button action(String text, VaadinIcon icon, String route) {
        var button = new Button(text, icon.create(), e -> go(route));
        button.setId("action-" + route.substring(route.lastIndexOf('/') + 1));
        return button;
    }

    private void showDue(List<DueItem> items) {
        due.removeAll();
        if (items.isEmpty()) {
            due.add(new Span("Nothing due."));
            return;
        }
        for (DueItem item : items) {
            var line = new Div(new Span(item.text()));
            line.addClassNames("due-item", "due-" + item.urgency().name().toLowerCase());
            due.add(line);
        }
    }

    private void showTimeline(List<TimelineEntry> entries) {
        timeline.removeAll();
        if (entries.isEmpty()) {
            timeline.add(new Span("No sessions recorded yet."));
            return;
        }
        for (TimelineEntry entry : entries) {
            var date = new Span(Formats.date(entry.date()));
            date.addClassName("timeline-date");
            var kind = new Anchor(entry.route(), entry.kind());
            kind.addClassName("timeline-kind");
            var title = new Span(entry.title());
            title.addClassName("timeline-title");
            var row = new Div(date, kind, title, badge(entry.status(), tone(entry)));
            row.addClassName("timeline-entry");
            if (entry.inError()) {
                row.addClassName("in-error");
            }
            timeline.add(row);
        }
    }

    private static String tone(TimelineEntry entry) {
        return switch (entry.status()) {
            case "Signed", "Completed", "Approved" -> "good";
            case "Draft", "Awaiting prescriber", "Approved, not yet valid" -> "info";
            case "Held, not dosed", "Aborted", "Used up", "Expired" -> "warn";
            case "Entered in error", "Denied", "Revoked" -> "bad";
            default -> "neutral";
        };
    }

    private void go(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }
}
