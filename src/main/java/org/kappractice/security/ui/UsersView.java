package org.kappractice.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import org.kappractice.base.Formats;
import org.kappractice.base.ui.Cards;
import org.kappractice.base.ui.Forms;
import org.kappractice.base.ui.Notifications;
import org.kappractice.security.AccountService;
import org.kappractice.security.NewUserAccount;
import org.kappractice.security.Role;
import org.kappractice.security.UserAccount;

/** Admins create staff accounts, set roles and supervisors, deactivate and unlock accounts. */
@Route("admin/users")
@PageTitle("Users | KAP Practice")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {
    private final transient AccountService accounts;
    final Grid<UserAccount> grid = new Grid<>();
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());

    final Dialog createDialog = new Dialog();
    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final PasswordField initialPassword = new PasswordField("Initial password");
    final ComboBox<UserAccount> supervisor = new ComboBox<>("Supervisor");
    final Button create = new Button("Create user");
    private final BeanValidationBinder<NewUserAccount> binder = Forms.binder(NewUserAccount.class);

    final Dialog editDialog = new Dialog();
    final ComboBox<Role> editRole = new ComboBox<>("Role");
    final ComboBox<UserAccount> editSupervisor = new ComboBox<>("Supervisor");
    final Checkbox editActive = new Checkbox("Active (may sign in)");
    final Button unlock = new Button("Unlock");
    final Button saveEdit = new Button("Save");
    private UserAccount editing;

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        setSizeFull();

        grid.addColumn(UserAccount::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(UserAccount::username).setHeader("Username");
        grid.addColumn(u -> u.role().label()).setHeader("Role");
        grid.addColumn(u -> Formats.orDash(u.supervisorName())).setHeader("Supervisor");
        grid.addComponentColumn(UsersView::statusBadge).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> edit(e.getItem()));

        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> openCreate());
        buildCreateDialog();
        buildEditDialog();

        var header = Cards.header(new H2("Users"), newUser);
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void buildCreateDialog() {
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        supervisor.setItemLabelGenerator(UserAccount::fullName);
        supervisor.setClearButtonVisible(true);
        supervisor.setHelperText("Therapists and prescribers only");
        initialPassword.setHelperText("At least 12 characters; tell the user in person");
        binder.forField(username).bind("username");
        binder.forField(fullName).bind("fullName");
        binder.forField(role).bind("role");
        binder.forField(initialPassword).bind("initialPassword");
        binder.forField(supervisor).withConverter(u -> u == null ? null : u.id(),
                id -> id == null ? null : supervisor.getListDataView().getItems().filter(u -> u.id() == id)
                        .findFirst().orElse(null)).bind("supervisorId");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createUser());
        createDialog.setHeaderTitle("New user");
        createDialog.add(new FormLayout(username, fullName, role, supervisor, initialPassword));
        createDialog.getFooter().add(new Button("Cancel", e -> createDialog.close()), create);
    }

    private void buildEditDialog() {
        editRole.setItems(Role.values());
        editRole.setItemLabelGenerator(Role::label);
        editSupervisor.setItemLabelGenerator(UserAccount::fullName);
        editSupervisor.setClearButtonVisible(true);
        unlock.addClickListener(e -> {
            if (Notifications.attempt(() -> accounts.unlock(editing.id()))) {
                Notifications.success(editing.fullName() + " can sign in again.");
                editDialog.close();
                refresh();
            }
        });
        saveEdit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveEdit.addClickListener(e -> saveUser());
        editDialog.add(new FormLayout(editRole, editSupervisor, editActive));
        editDialog.getFooter().add(unlock, new Button("Cancel", e -> editDialog.close()), saveEdit);
    }

    private void openCreate() {
        supervisor.setItems(accounts.activeStaff(Role.SUPERVISOR));
        binder.readRecord(new NewUserAccount("", "", Role.THERAPIST, "", null));
        createDialog.open();
    }

    private void createUser() {
        NewUserAccount account = Forms.writeRecord(binder);
        if (account == null) {
            return;
        }
        if (Notifications.attempt(() -> accounts.create(account))) {
            Notifications.success("Created " + account.fullName() + ".");
            createDialog.close();
            refresh();
        }
    }

    private void edit(UserAccount account) {
        editing = account;
        var supervisors = accounts.activeStaff(Role.SUPERVISOR);
        editSupervisor.setItems(supervisors);
        editRole.setValue(account.role());
        editSupervisor.setValue(supervisors.stream().filter(s -> account.supervisorId() != null
                && s.id() == account.supervisorId()).findFirst().orElse(null));
        editActive.setValue(account.active());
        unlock.setVisible(account.isLockedAt(OffsetDateTime.now()));
        editDialog.setHeaderTitle(account.fullName() + " (" + account.username() + ")");
        editDialog.open();
    }

    private void saveUser() {
        UserAccount chosen = editSupervisor.getValue();
        if (Notifications.attempt(() -> accounts.update(editing.id(), editing.version(), editRole.getValue(),
                chosen == null ? null : chosen.id(), editActive.getValue()))) {
            Notifications.success("Saved " + editing.fullName() + ".");
            editDialog.close();
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(accounts.allAccounts());
    }

    private static Span statusBadge(UserAccount account) {
        String text = !account.active() ? "Deactivated" : account.isLockedAt(OffsetDateTime.now()) ? "Locked" : "Active";
        Span badge = new Span(text);
        badge.addClassNames("badge", "account-" + text.toLowerCase());
        return badge;
    }
}
