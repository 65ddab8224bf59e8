package org.kappractice.patients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import org.kappractice.base.Formats;
import org.kappractice.patients.Diagnosis;
import org.kappractice.patients.PatientDetails;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;

/** A patient's case file: who they are, how to reach them and their emergency contact, diagnoses, consent, care team. */
@Route("patients/:id")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final transient PatientService patients;
    private final transient CurrentUser currentUser;
    final Button edit = new Button("Edit details", VaadinIcon.EDIT.create());
    private PatientFile file;

    public PatientView(PatientService patients, CurrentUser currentUser) {
        this.patients = patients;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(() ->
                new org.kappractice.base.NotFoundException("No patient given."));
        file = patients.open(id);
        show();
    }

    @Override
    public String getPageTitle() {
        return file == null ? "Patient | KAP Practice" : file.mrn() + " | KAP Practice";
    }

    private void show() {
        removeAll();
        PatientDetails d = file.details();

        var name = new H2(d.fullName());
        var meta = new Span("MRN " + file.mrn());
        meta.addClassName("muted");
        var titleBlock = new Div(name, meta, CourseStatusBadge.of(d.courseStatus()));
        titleBlock.addClassName("patient-title");
        edit.setVisible(currentUser.require().role().isClinician());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("patients/" + file.id() + "/edit")));
        var header = new HorizontalLayout(titleBlock, edit);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        var cards = new Div(
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
        cards.addClassName("card-grid");
        add(header, cards);
    }

    private static Div card(String title, Component... facts) {
        var card = new Div(new H3(title));
        card.add(facts);
        card.addClassName("card");
        return card;
    }

    private static Div fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(term, text);
        fact.addClassName("fact");
        return fact;
    }
}
