package org.kappractice.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kappractice.base.ui.Forms;
import org.kappractice.base.ui.Notifications;
import org.kappractice.settings.PracticeSettings;
import org.kappractice.settings.PracticeSettingsService;
import org.kappractice.settings.VersionedSettings;

/** Admins set the thresholds the safety rules and the "due next" list use. */
@Route("admin/settings")
@PageTitle("Practice settings | KAP Practice")
@RolesAllowed("ADMIN")
public class PracticeSettingsView extends VerticalLayout {
    private final transient PracticeSettingsService service;
    final IntegerField requiredPreparationSessions = field("Required preparation sessions", "before the first dose");
    final IntegerField holdSystolic = field("Hold limit systolic (mmHg)", "BP at or above this holds a dose");
    final IntegerField holdDiastolic = field("Hold limit diastolic (mmHg)", "BP at or above this holds a dose");
    final IntegerField integrationDueDays = field("Integration due within (days)", "after each completed dose");
    final IntegerField approvalWarningDays = field("Approval expiry warning (days)", "before an approval expires");
    final Button save = new Button("Save settings");
    private final BeanValidationBinder<PracticeSettings> binder = Forms.binder(PracticeSettings.class);
    private int version;

    public PracticeSettingsView(PracticeSettingsService service) {
        this.service = service;
        addClassName("page");
        binder.bindInstanceFields(this);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var safety = new FormLayout(requiredPreparationSessions, integrationDueDays, holdSystolic, holdDiastolic);
        var due = new FormLayout(approvalWarningDays);
        add(new H2("Practice settings"),
                new Paragraph("These thresholds apply to every patient at once. An approval may set its own, "
                        + "stricter or looser, blood-pressure hold limit."),
                new H3("Safety rules"), safety, new H3("What is due next"), due, save);
        load();
    }

    private void load() {
        VersionedSettings current = service.forEditing();
        version = current.version();
        binder.readBean(current.settings());
    }

    private void save() {
        PracticeSettings edited = Forms.writeRecord(binder);
        if (edited != null && Notifications.attempt(() -> service.update(version, edited))) {
            Notifications.success("Practice settings saved.");
            load();
        }
    }

    private static IntegerField field(String label, String helper) {
        var field = new IntegerField(label);
        field.setHelperText(helper);
        field.setStepButtonsVisible(true);
        return field;
    }
}
