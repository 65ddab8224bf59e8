package org.kappractice.chaperones.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Cards;
import org.kappractice.base.ui.Forms;
import org.kappractice.base.ui.Notifications;
import org.kappractice.chaperones.Chaperone;
import org.kappractice.chaperones.ChaperoneDetails;
import org.kappractice.chaperones.ChaperoneService;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;

/** A patient's chaperones for home sessions: the care team adds, orients and deactivates them. */
@Route("patients/:id/chaperones")
@PageTitle("Chaperones | KAP Practice")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class ChaperonesView extends VerticalLayout implements BeforeEnterObserver {
    private final transient ChaperoneService chaperones;
    private final transient PatientService patients;
    private final transient CurrentUser currentUser;
    final H2 title = new H2();
    final Grid<Chaperone> grid = new Grid<>();
    final Button add = new Button("Add chaperone", VaadinIcon.PLUS.create());
    final Dialog dialog = new Dialog();
    final TextField name = new TextField("Name");
    final TextField relationship = new TextField("Relationship");
    final TextField phone = new TextField("Phone");
    final Checkbox adultConfirmed = new Checkbox("Confirmed 18 or older");
    final DatePicker orientedOn = Forms.datePicker("Date oriented");
    final Checkbox active = new Checkbox("Active (may chaperone home sessions)");
    final Button save = new Button("Save");
    private final BeanValidationBinder<ChaperoneDetails> binder = Forms.binder(ChaperoneDetails.class);
    private long patientId;
    private Chaperone editing;

    public ChaperonesView(ChaperoneService chaperones, PatientService patients, CurrentUser currentUser) {
        this.chaperones = chaperones;
        this.patients = patients;
        this.currentUser = currentUser;
        addClassName("page");
        grid.addColumn(Chaperone::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(c -> c.details().relationship()).setHeader("Relationship");
        grid.addColumn(c -> c.details().phone()).setHeader("Phone");
        grid.addColumn(c -> c.details().adultConfirmed() ? "Yes" : "No").setHeader("18+");
        grid.addColumn(c -> Formats.date(c.details().orientedOn())).setHeader("Oriented");
        grid.addComponentColumn(c -> c.active() ? Cards.badge("Active", "good") : Cards.badge("Inactive", "neutral"))
                .setHeader("Status");
        grid.setAllRowsVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));

        binder.bindInstanceFields(this);
        orientedOn.setHelperText("When they were taken through their duties and the emergency plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        dialog.add(new FormLayout(name, relationship, phone, orientedOn, adultConfirmed, active));
        dialog.setWidth("36em");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No patient given."));
        var patient = patients.requireAccess(patientId, "read the chaperones of");
        title.setText("Chaperones · " + patient.details().fullName());
        boolean mayEdit = currentUser.require().role().isClinician();
        add.setVisible(mayEdit);
        if (mayEdit) {
            grid.addItemClickListener(e -> open(e.getItem()));
        }
        var header = Cards.header(title, add);
        removeAll();
        add(new Anchor("patients/" + patientId, "← Back to the case file"), header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(chaperones.chaperonesOf(patientId));
    }

    private void open(Chaperone chaperone) {
        editing = chaperone;
        dialog.setHeaderTitle(chaperone == null ? "Add chaperone" : "Edit " + chaperone.name());
        binder.readRecord(chaperone == null ? new ChaperoneDetails("", "", "", false, null, false) : chaperone.details());
        dialog.open();
    }

    private void save() {
        ChaperoneDetails details = Forms.writeRecord(binder);
        if (details != null && Notifications.attempt(() -> {
            if (editing == null) {
                chaperones.add(patientId, details);
            } else {
                chaperones.update(editing.id(), editing.version(), details);
            }
        })) {
            dialog.close();
            Notifications.success("Saved chaperone " + details.name() + ".");
            refresh();
        }
    }
}
