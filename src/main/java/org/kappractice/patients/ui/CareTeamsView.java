package org.kappractice.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.kappractice.base.Formats;
import org.kappractice.base.ui.Notifications;
import org.kappractice.patients.CareTeamEntry;
import org.kappractice.patients.PatientService;
import org.kappractice.security.AccountService;
import org.kappractice.security.Role;
import org.kappractice.security.UserAccount;

/** Admins assign each patient's therapist and prescriber; they see names and care teams, no clinical content. */
@Route("admin/care-teams")
@PageTitle("Care teams | KAP Practice")
@RolesAllowed("ADMIN")
public class CareTeamsView extends VerticalLayout {
    private final transient PatientService patients;
    private final transient AccountService accounts;
    final TextField search = new TextField("Search");
    final Grid<CareTeamEntry> grid = new Grid<>();
    final Dialog dialog = new Dialog();
    final ComboBox<UserAccount> therapist = new ComboBox<>("Therapist");
    final ComboBox<UserAccount> prescriber = new ComboBox<>("Prescriber");
    final Button save = new Button("Save care team");
    private CareTeamEntry editing;

    public CareTeamsView(PatientService patients, AccountService accounts) {
        this.patients = patients;
        this.accounts = accounts;
        addClassName("page");
        setSizeFull();

        search.setPlaceholder("Name or MRN");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(CareTeamEntry::mrn).setHeader("MRN").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CareTeamEntry::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(e -> Formats.orDash(e.careTeam().therapistName())).setHeader("Therapist");
        grid.addColumn(e -> Formats.orDash(e.careTeam().prescriberName())).setHeader("Prescriber");
        grid.addColumn(e -> Formats.orDash(String.join(", ", e.careTeam().supervisorNames()))).setHeader("Supervisor");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> patients.directory(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> patients.countDirectory(search.getValue()));
        grid.addItemClickListener(e -> edit(e.getItem()));

        therapist.setItemLabelGenerator(UserAccount::fullName);
        therapist.setClearButtonVisible(true);
        prescriber.setItemLabelGenerator(UserAccount::fullName);
        prescriber.setClearButtonVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveCareTeam());
        dialog.add(new VerticalLayout(therapist, prescriber));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);

        add(new H2("Care teams"), new Paragraph("Choose a patient to assign their therapist and prescriber. "
                + "Supervisors follow from the clinicians' supervisors (set under Users)."), search, grid);
        setFlexGrow(1, grid);
    }

    private void edit(CareTeamEntry entry) {
        editing = entry;
        List<UserAccount> therapists = accounts.activeStaff(Role.THERAPIST);
        List<UserAccount> prescribers = accounts.activeStaff(Role.PRESCRIBER);
        therapist.setItems(therapists);
        prescriber.setItems(prescribers);
        therapist.setValue(byId(therapists, entry.careTeam().therapistId()));
        prescriber.setValue(byId(prescribers, entry.careTeam().prescriberId()));
        dialog.setHeaderTitle("Care team of " + entry.displayName() + " (" + entry.mrn() + ")");
        dialog.open();
    }

    private void saveCareTeam() {
        UserAccount t = therapist.getValue();
        UserAccount p = prescriber.getValue();
        if (Notifications.attempt(() -> patients.assignCareTeam(editing.id(), editing.version(),
                t == null ? null : t.id(), p == null ? null : p.id()))) {
            Notifications.success("Care team of " + editing.displayName() + " saved.");
            dialog.close();
            grid.getDataProvider().refreshAll();
        }
    }

    private static UserAccount byId(List<UserAccount> staff, Long id) {
        return staff.stream().filter(u -> Objects.equals(u.id(), id)).findFirst().orElse(null);
    }
}
