package org.kappractice.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.kappractice.base.ui.Forms;
import org.kappractice.base.ui.Notifications;
import org.kappractice.patients.CourseStatus;
import org.kappractice.patients.Diagnosis;
import org.kappractice.patients.PatientDetails;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;

/** Registers a new patient or edits a case file's details; every field says what is wrong with it. */
@Route("patients/new")
@RouteAlias("patients/:id/edit")
@PageTitle("Patient details | KAP Practice")
@RolesAllowed({"THERAPIST", "PRESCRIBER"})
public class PatientEditView extends VerticalLayout implements BeforeEnterObserver {
    private final transient PatientService patients;

    final H2 title = new H2("New patient");
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final DatePicker dateOfBirth = Forms.datePicker("Date of birth");
    final TextField phone = new TextField("Phone");
    final TextField email = new TextField("Email");
    final TextField emergencyContactName = new TextField("Emergency contact name");
    final TextField emergencyContactRelationship = new TextField("Relationship");
    final TextField emergencyContactPhone = new TextField("Emergency contact phone");
    final MultiSelectComboBox<Diagnosis> diagnoses = new MultiSelectComboBox<>("Diagnoses (ICD-10)");
    final DatePicker consentDate = Forms.datePicker("Consent signed on");
    final TextField consentVersion = new TextField("Consent form version");
    final ComboBox<CourseStatus> courseStatus = new ComboBox<>("Course status");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    private final BeanValidationBinder<PatientDetails> binder = Forms.binder(PatientDetails.class);
    private Long patientId;
    private int version;

    public PatientEditView(PatientService patients) {
        this.patients = patients;
        addClassName("page");

        dateOfBirth.setMax(LocalDate.now());
        consentDate.setMax(LocalDate.now());
        phone.setHelperText("e.g. +1 503 555 0142");
        emergencyContactPhone.setHelperText("e.g. +1 503 555 0188");
        diagnoses.setItems(Diagnosis.values());
        diagnoses.setItemLabelGenerator(Diagnosis::display);
        courseStatus.setItems(CourseStatus.values());
        courseStatus.setItemLabelGenerator(CourseStatus::label);

        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(dateOfBirth)
                .withValidator(d -> d == null || d.isAfter(LocalDate.now().minusYears(120)),
                        PatientDetails.DATE_OF_BIRTH_PLAUSIBLE)
                .bind("dateOfBirth");
        binder.forField(phone).bind("phone");
        binder.forField(email).bind("email");
        binder.forField(emergencyContactName).bind("emergencyContactName");
        binder.forField(emergencyContactRelationship).bind("emergencyContactRelationship");
        binder.forField(emergencyContactPhone).bind("emergencyContactPhone");
        binder.forField(diagnoses).bind("diagnoses");
        binder.forField(consentDate).bind("consentDate");
        binder.forField(consentVersion)
                .withValidator(v -> consentDate.getValue() == null || !v.isBlank(), PatientDetails.CONSENT_VERSION_REQUIRED)
                .bind("consentVersion");
        binder.forField(courseStatus).bind("courseStatus");
        consentDate.addValueChangeListener(e -> binder.validate());

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(patientId == null ? "patients" : "patients/" + patientId)));

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(firstName, lastName, dateOfBirth, courseStatus, phone, email);
        var emergency = new FormLayout(emergencyContactName, emergencyContactRelationship, emergencyContactPhone);
        emergency.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        var clinical = new FormLayout(diagnoses, consentDate, consentVersion);
        clinical.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));

        add(title, new H3("Patient"), form, new H3("Emergency contact"), emergency,
                new H3("Diagnoses and consent"), clinical, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isPresent()) {
            PatientFile file = patients.open(id.get());
            patientId = file.id();
            version = file.version();
            title.setText("Edit " + file.details().fullName() + " (MRN " + file.mrn() + ")");
            binder.readRecord(file.details());
        } else {
            binder.readRecord(new PatientDetails("", "", null, "", "", "", "", "", null, null, "",
                    CourseStatus.REFERRED));
        }
    }

    private void save() {
        PatientDetails details = Forms.writeRecord(binder);
        if (details == null) {
            return;
        }
        boolean saved = Notifications.attempt(() -> {
            if (patientId == null) {
                patientId = patients.create(details);
            } else {
                patients.update(patientId, version, details);
            }
        });
        if (saved) {
            Notifications.success("Saved " + details.fullName() + ".");
            getUI().ifPresent(ui -> ui.navigate("patients/" + patientId));
        }
    }
}
