package org.kappractice.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kappractice.base.Formats;
import org.kappractice.base.ui.Cards;
import org.kappractice.patients.CourseStatus;
import org.kappractice.patients.PatientFilter;
import org.kappractice.patients.PatientService;
import org.kappractice.patients.PatientSort;
import org.kappractice.patients.PatientSummary;
import org.kappractice.security.AccountService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;
import org.kappractice.security.UserAccount;

/** The caseload: every patient the user may see, fetched page by page, sorted and filtered in SQL. */
@Route("patients")
@PageTitle("Patients | KAP Practice")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class PatientListView extends VerticalLayout {
    final TextField search = new TextField();
    final ComboBox<CourseStatus> status = new ComboBox<>("Course status");
    final ComboBox<UserAccount> clinician = new ComboBox<>("Clinician");
    final Button newPatient = new Button("New patient", VaadinIcon.PLUS.create());
    final Grid<PatientSummary> grid = new Grid<>();

    public PatientListView(PatientService patients, AccountService accounts, CurrentUser currentUser) {
        Role role = currentUser.require().role();
        addClassName("page");
        setSizeFull();

        search.setLabel("Search");
        search.setPlaceholder("Name or MRN");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setItems(CourseStatus.values());
        status.setItemLabelGenerator(CourseStatus::label);
        status.setClearButtonVisible(true);
        clinician.setItemLabelGenerator(u -> u.fullName() + " (" + u.role().label() + ")");
        clinician.setClearButtonVisible(true);
        clinician.setVisible(role == Role.SUPERVISOR);
        if (role == Role.SUPERVISOR) {
            clinician.setItems(accounts.mySupervisees());
        }
        newPatient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPatient.setVisible(role.isClinician());
        newPatient.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PatientEditView.class)));

        grid.addColumn(PatientSummary::mrn).setHeader("MRN").setSortProperty(PatientSort.MRN.name()).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PatientSummary::displayName).setHeader("Name").setSortProperty(PatientSort.NAME.name())
                .setFlexGrow(2);
        grid.addColumn(p -> Formats.date(p.dateOfBirth())).setHeader("Date of birth")
                .setSortProperty(PatientSort.DATE_OF_BIRTH.name()).setAutoWidth(true);
        grid.addComponentColumn(p -> CourseStatusBadge.of(p.courseStatus())).setHeader("Course status")
                .setSortProperty(PatientSort.COURSE_STATUS.name()).setAutoWidth(true);
        grid.addColumn(p -> Formats.orDash(p.therapistName())).setHeader("Therapist").setFlexGrow(1);
        grid.addColumn(p -> Formats.orDash(p.prescriberName())).setHeader("Prescriber").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No patients match.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("patients/" + e.getItem().id())));
        grid.setItems(query -> patients.caseload(filter(), query.getOffset(), query.getLimit(),
                        sortOrders(query.getSortOrders())).stream(),
                query -> patients.countCaseload(filter()));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        clinician.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var title = new H2(role == Role.SUPERVISOR ? "Supervisees' patients" : "My caseload");
        var filters = new HorizontalLayout(search, status, clinician);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var header = Cards.header(title, newPatient);
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private PatientFilter filter() {
        UserAccount selected = clinician.getValue();
        return new PatientFilter(search.getValue(), status.getValue(), selected == null ? null : selected.id());
    }

    private static List<PatientSort.Order> sortOrders(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new PatientSort.Order(PatientSort.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }
}
