package org.kappractice.approvals.ui;

import static org.kappractice.base.ui.Cards.badge;
import static org.kappractice.base.ui.Cards.fact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.kappractice.approvals.ApprovalPlan;
import org.kappractice.approvals.ApprovalRequest;
import org.kappractice.approvals.ApprovalService;
import org.kappractice.approvals.ApprovalSignature;
import org.kappractice.approvals.ApprovalState;
import org.kappractice.approvals.ApprovalStatus;
import org.kappractice.approvals.DoseForm;
import org.kappractice.approvals.HomeDoseApproval;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Cards;
import org.kappractice.base.ui.Forms;
import org.kappractice.base.ui.Notifications;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;

/**
 * A patient's at-home dose approvals. Therapists request; the prescriber approves, denies or revokes,
 * signing each decision by entering their password again.
 */
@Route("patients/:id/approvals")
@PageTitle("Home-dose approvals | KAP Practice")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class ApprovalsView extends VerticalLayout implements BeforeEnterObserver {
    private final transient ApprovalService approvals;
    private final transient PatientService patients;
    private final transient CurrentUser currentUser;
    final H2 title = new H2();
    final Button newRequest = new Button("Request at-home dosing", VaadinIcon.PLUS.create());
    final Div list = new Div();

    final Dialog requestDialog = new Dialog();
    final IntegerField proposedMg = new IntegerField("Proposed dose (mg)");
    final IntegerField proposedSessions = new IntegerField("Proposed sessions");
    final TextArea reason = new TextArea("Reason");
    final Button sendRequest = new Button("Send request");
    private final BeanValidationBinder<ApprovalRequest> requestBinder = Forms.binder(ApprovalRequest.class);

    final Dialog approveDialog = new Dialog();
    final ComboBox<DoseForm> form = new ComboBox<>("Form");
    final IntegerField strengthMg = new IntegerField("Strength (mg per tablet or troche)");
    final IntegerField maxMg = new IntegerField("Max per session (mg, booster included)");
    final IntegerField boosterMg = new IntegerField("Optional booster (mg)");
    final IntegerField sessionsAuthorised = new IntegerField("Sessions authorised");
    final IntegerField minDaysBetween = new IntegerField("Minimum days between doses");
    final DatePicker validFrom = Forms.datePicker("Valid from");
    final DatePicker validTo = Forms.datePicker("Valid to");
    final IntegerField holdSystolic = new IntegerField("Hold limit systolic (mmHg)");
    final IntegerField holdDiastolic = new IntegerField("Hold limit diastolic (mmHg)");
    final TextArea conditions = new TextArea("Conditions");
    final PasswordField approvePassword = new PasswordField("Your password (e-signature)");
    final Button signApproval = new Button("Approve and sign");
    private final BeanValidationBinder<ApprovalPlan> planBinder = Forms.binder(ApprovalPlan.class);

    final Dialog decisionDialog = new Dialog();
    final TextArea decisionReason = new TextArea("Reason");
    final PasswordField decisionPassword = new PasswordField("Your password (e-signature)");
    final Button signDecision = new Button();
    private HomeDoseApproval deciding;
    private ApprovalStatus decision;
    private long patientId;

    public ApprovalsView(ApprovalService approvals, PatientService patients, CurrentUser currentUser) {
        this.approvals = approvals;
        this.patients = patients;
        this.currentUser = currentUser;
        addClassName("page");
        list.addClassName("approval-list");
        list.setWidthFull();
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> openRequest());
        buildRequestDialog();
        buildApproveDialog();
        buildDecisionDialog();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No patient given."));
        PatientFile patient = patients.requireAccess(patientId, "read the approvals of");
        title.setText("Home-dose approvals · " + patient.details().fullName());
        newRequest.setVisible(currentUser.require().role() == Role.THERAPIST);
        var header = Cards.header(title, newRequest);
        removeAll();
        add(new Anchor("patients/" + patientId, "← Back to the case file"), header, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = approvals.approvalsOf(patientId);
        if (all.isEmpty()) {
            list.add(new Paragraph("No at-home dosing requested yet."));
        }
        boolean prescriber = currentUser.require().role() == Role.PRESCRIBER;
        LocalDate today = LocalDate.now();
        for (HomeDoseApproval approval : all) {
            ApprovalState state = approval.stateOn(today);
            var heading = new Div(new H3(approval.label()), badge(state.label(), tone(state)));
            heading.addClassName("patient-title");
            var card = new Div(heading);
            card.addClassName("card");
            card.setId("approval-" + approval.id());
            card.add(fact("Requested", Formats.dateTime(approval.requestedAt()) + " by " + approval.requestedByName()),
                    fact("Proposed", approval.request().proposedMg() + " mg, " + approval.request().proposedSessions()
                            + " sessions"),
                    fact("Reason", approval.request().reason()));
            if (approval.plan() != null) {
                ApprovalPlan p = approval.plan();
                card.add(fact("Form", p.form().label() + ", " + p.strengthMg() + " mg"),
                        fact("Max per session", p.maxMg() + " mg" + (p.boosterMg() == null ? ", no booster"
                                : ", booster up to " + p.boosterMg() + " mg")),
                        fact("Sessions", approval.sessionsUsed() + " of " + p.sessionsAuthorised() + " used, "
                                + approval.remainingSessions() + " left"),
                        fact("Interval", "at least " + p.minDaysBetween() + " days between doses"),
                        fact("Valid", Formats.date(p.validFrom()) + " to " + Formats.date(p.validTo())),
                        fact("BP hold limit", p.holdLimit() == null ? "The practice's" : p.holdLimit() + " mmHg"),
                        fact("Conditions", p.conditions()));
            }
            for (ApprovalSignature signature : approval.signatures()) {
                var line = new Div();
                line.setText(signature.statement() + " on " + Formats.dateTime(signature.signedAt())
                        + " (e-signature, password confirmed)" + (signature.reason() == null ? "" : ": " + signature.reason()));
                line.addClassName("signature-line");
                card.add(line);
            }
            if (prescriber && approval.status() == ApprovalStatus.REQUESTED) {
                var approve = new Button("Approve…", e -> openApprove(approval));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                approve.setId("approve-" + approval.id());
                var deny = new Button("Deny…", e -> openDecision(approval, ApprovalStatus.DENIED));
                deny.setId("deny-" + approval.id());
                card.add(new HorizontalLayout(approve, deny));
            }
            if (prescriber && approval.status() == ApprovalStatus.APPROVED) {
                var revoke = new Button("Revoke…", e -> openDecision(approval, ApprovalStatus.REVOKED));
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                revoke.setId("revoke-" + approval.id());
                card.add(new HorizontalLayout(revoke));
            }
            list.add(card);
        }
    }

    private void buildRequestDialog() {
        requestBinder.bindInstanceFields(this);
        reason.setHelperText("Why at-home dosing now: e.g. response in office, stable vitals, chaperone oriented.");
        sendRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendRequest.addClickListener(e -> {
            ApprovalRequest request = Forms.writeRecord(requestBinder);
            if (request != null && Notifications.attempt(() -> approvals.request(patientId, request))) {
                requestDialog.close();
                Notifications.success("Request sent to the prescriber.");
                refresh();
            }
        });
        requestDialog.setHeaderTitle("Request at-home dosing");
        requestDialog.add(new FormLayout(proposedMg, proposedSessions, reason));
        requestDialog.setWidth("36em");
        requestDialog.getFooter().add(new Button("Cancel", e -> requestDialog.close()), sendRequest);
    }

    private void openRequest() {
        requestBinder.readRecord(new ApprovalRequest(null, 2, ""));
        requestDialog.open();
    }

    private void buildApproveDialog() {
        form.setItems(DoseForm.values());
        form.setItemLabelGenerator(DoseForm::label);
        holdSystolic.setHelperText("Empty: the practice's limit applies");
        planBinder.bindInstanceFields(this);
        signApproval.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signApproval.addClickListener(e -> {
            ApprovalPlan plan = Forms.writeRecord(planBinder);
            if (plan != null && Notifications.attempt(() -> approvals.approve(deciding.id(), deciding.version(), plan,
                    approvePassword.getValue()))) {
                approveDialog.close();
                Notifications.success(deciding.label() + " approved and signed.");
                refresh();
            }
            approvePassword.clear();
        });
        approveDialog.setHeaderTitle("Approve at-home dosing");
        var fields = new FormLayout(form, strengthMg, maxMg, boosterMg, sessionsAuthorised, minDaysBetween, validFrom,
                validTo, holdSystolic, holdDiastolic, conditions, approvePassword);
        fields.setColspan(conditions, 2);
        approveDialog.add(fields, new Paragraph("Entering your password signs this approval with your name, the time "
                + "and the meaning \"approved\"."));
        approveDialog.setWidth("44em");
        approveDialog.getFooter().add(new Button("Cancel", e -> approveDialog.close()), signApproval);
    }

    private void openApprove(HomeDoseApproval approval) {
        deciding = approval;
        LocalDate today = LocalDate.now();
        planBinder.readRecord(new ApprovalPlan(DoseForm.SUBLINGUAL_RDT, 100, approval.request().proposedMg(), null,
                approval.request().proposedSessions(), 7, today, today.plusDays(60), null, null, ""));
        approvePassword.clear();
        approveDialog.setHeaderTitle("Approve " + approval.label());
        approveDialog.open();
    }

    private void buildDecisionDialog() {
        decisionReason.setWidthFull();
        decisionPassword.setWidthFull();
        signDecision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signDecision.addClickListener(e -> {
            boolean done = Notifications.attempt(() -> {
                if (decision == ApprovalStatus.DENIED) {
                    approvals.deny(deciding.id(), deciding.version(), decisionReason.getValue(), decisionPassword.getValue());
                } else {
                    approvals.revoke(deciding.id(), deciding.version(), decisionReason.getValue(), decisionPassword.getValue());
                }
            });
            decisionPassword.clear();
            if (done) {
                decisionDialog.close();
                Notifications.success(deciding.label() + " " + decision.label().toLowerCase() + " and signed.");
                refresh();
            }
        });
        decisionDialog.add(decisionReason, decisionPassword);
        decisionDialog.setWidth("36em");
        decisionDialog.getFooter().add(new Button("Cancel", e -> decisionDialog.close()), signDecision);
    }

    private void openDecision(HomeDoseApproval approval, ApprovalStatus meaning) {
        deciding = approval;
        decision = meaning;
        decisionReason.clear();
        decisionPassword.clear();
        String verb = meaning == ApprovalStatus.DENIED ? "Deny" : "Revoke";
        decisionDialog.setHeaderTitle(verb + " " + approval.label());
        signDecision.setText(verb + " and sign");
        decisionDialog.open();
    }

    private static String tone(ApprovalState state) {
        return switch (state) {
            case ACTIVE -> "good";
            case REQUESTED, NOT_YET_VALID -> "info";
            case USED_UP, EXPIRED -> "warn";
            case DENIED, REVOKED -> "bad";
        };
    }
}
