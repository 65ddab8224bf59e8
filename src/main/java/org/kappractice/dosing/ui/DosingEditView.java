package org.kappractice.dosing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kappractice.approvals.ApprovalService;
import org.kappractice.approvals.HomeDoseApproval;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Forms;
import org.kappractice.base.ui.Notifications;
import org.kappractice.chaperones.Chaperone;
import org.kappractice.chaperones.ChaperoneService;
import org.kappractice.dosing.DoseRules;
import org.kappractice.dosing.DosingEntry;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.dosing.DosingService;
import org.kappractice.dosing.DosingSetting;
import org.kappractice.patients.PatientService;
import org.kappractice.security.CurrentUser;
import org.kappractice.security.Role;
import org.kappractice.settings.BloodPressure;
import org.kappractice.settings.PracticeSettingsService;

/**
 * Records a dosing session in the office or at home. The safety rules run on the server when it is
 * saved; the form warns early about a blood pressure at the hold limit.
 */
@Route("patients/:id/dosing/new")
@PageTitle("Dosing session | KAP Practice")
@RolesAllowed({"THERAPIST", "PRESCRIBER"})
public class DosingEditView extends VerticalLayout implements BeforeEnterObserver {
    private final transient DosingService dosing;
    private final transient PatientService patients;
    private final transient ApprovalService approvals;
    private final transient ChaperoneService chaperones;
    private final transient PracticeSettingsService settings;
    private final transient CurrentUser currentUser;
    final H2 title = new H2();
    final RadioButtonGroup<DosingSetting> setting = new RadioButtonGroup<>("Setting");
    final DatePicker sessionDate = Forms.datePicker("Session date");
    final TimePicker startTime = new TimePicker("Start time");
    final TimePicker endTime = new TimePicker("End time");
    final RadioButtonGroup<DosingOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final IntegerField doseMg = new IntegerField("Dose (mg)");
    final IntegerField boosterMg = new IntegerField("Booster (mg)");
    final TextField lotNumber = new TextField("Lot number");
    final IntegerField fastingHours = new IntegerField("Fasting (hours)");
    final Checkbox substancesAvoided = new Checkbox("Same-day alcohol, cannabis and other substances avoided");
    final IntegerField systolicBefore = new IntegerField("BP before, systolic");
    final IntegerField diastolicBefore = new IntegerField("BP before, diastolic");
    final IntegerField heartRateBefore = new IntegerField("Heart rate before");
    final IntegerField systolicAfter = new IntegerField("BP after, systolic");
    final IntegerField diastolicAfter = new IntegerField("BP after, diastolic");
    final IntegerField heartRateAfter = new IntegerField("Heart rate after");
    final IntegerField peakDissociation = new IntegerField("Peak dissociation (0-10)");
    final AdverseEventsField adverseEvents = new AdverseEventsField();
    final TextArea interventions = new TextArea("Interventions");
    final TextArea note = new TextArea("Note");
    final TextArea holdOverrideReason = new TextArea("Hold override reason (prescriber)");
    final ComboBox<Long> approvalId = new ComboBox<>("Approval");
    final ComboBox<Long> chaperoneId = new ComboBox<>("Chaperone");
    final AttestationField attestation = new AttestationField();
    final Span holdWarning = new Span();
    final Button save = new Button("Record session");
    private final BeanValidationBinder<DosingEntry> binder = Forms.binder(DosingEntry.class);
    private final VerticalLayout homeSection = new VerticalLayout();
    private Map<Long, HomeDoseApproval> approvalsById = Map.of();
    private BloodPressure practiceLimit;
    private long patientId;

    public DosingEditView(DosingService dosing, PatientService patients, ApprovalService approvals,
                          ChaperoneService chaperones, PracticeSettingsService settings, CurrentUser currentUser) {
        this.dosing = dosing;
        this.patients = patients;
        this.approvals = approvals;
        this.chaperones = chaperones;
        this.settings = settings;
        this.currentUser = currentUser;
        addClassName("page");
        setting.setItems(DosingSetting.values());
        setting.setItemLabelGenerator(DosingSetting::label);
        outcome.setItems(DosingOutcome.values());
        outcome.setItemLabelGenerator(DosingOutcome::label);
        peakDissociation.setMin(0);
        peakDissociation.setMax(10);
        peakDissociation.setStepButtonsVisible(true);
        boosterMg.setHelperText("Empty when no booster was taken");
        holdWarning.addClassName("hold-warning");
        binder.bindInstanceFields(this);
        setting.addValueChangeListener(e -> homeSection.setVisible(e.getValue() == DosingSetting.AT_HOME));
        for (IntegerField bp : List.of(systolicBefore, diastolicBefore)) {
            bp.addValueChangeListener(e -> warnAboutHold());
        }
        approvalId.addValueChangeListener(e -> warnAboutHold());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("No patient given."));
        var patient = patients.requireAccess(patientId, "record a dosing session for");
        title.setText("Dosing session · " + patient.details().fullName());
        practiceLimit = settings.current().holdLimit();
        LocalDate today = LocalDate.now();
        approvalsById = approvals.approvalsOf(patientId).stream()
                .collect(Collectors.toMap(HomeDoseApproval::id, Function.identity()));
        approvalId.setItems(approvalsById.keySet().stream().sorted().toList().reversed());
        approvalId.setItemLabelGenerator(id -> {
            HomeDoseApproval a = approvalsById.get(id);
            return a.label() + " · " + a.stateOn(today).label() + (a.plan() == null ? ""
                    : " · up to " + a.plan().maxMg() + " mg, " + a.remainingSessions() + " of "
                    + a.plan().sessionsAuthorised() + " left, until " + Formats.date(a.plan().validTo()));
        });
        Map<Long, Chaperone> chaperonesById = chaperones.chaperonesOf(patientId).stream()
                .collect(Collectors.toMap(Chaperone::id, Function.identity()));
        chaperoneId.setItems(chaperonesById.keySet().stream().sorted().toList());
        chaperoneId.setItemLabelGenerator(id -> chaperonesById.get(id).name() + " ("
                + chaperonesById.get(id).details().relationship() + (chaperonesById.get(id).active() ? ")" : ", inactive)"));
        holdOverrideReason.setVisible(currentUser.require().role() == Role.PRESCRIBER);

        binder.readRecord(new DosingEntry(DosingSetting.IN_OFFICE, today, null, null, DosingOutcome.COMPLETED, null,
                null, "", 4, true, null, null, null, null, null, null, null, List.of(), "", "", "", null, null, null));
        layOut();
    }

    private void layOut() {
        removeAll();
        var when = new FormLayout(setting, sessionDate, startTime, endTime);
        var before = new FormLayout(systolicBefore, diastolicBefore, heartRateBefore, fastingHours, substancesAvoided);
        before.setColspan(substancesAvoided, 2);
        var dose = new FormLayout(outcome, doseMg, boosterMg, lotNumber, holdOverrideReason);
        dose.setColspan(outcome, 2);
        dose.setColspan(holdOverrideReason, 2);
        var after = new FormLayout(systolicAfter, diastolicAfter, heartRateAfter, peakDissociation);
        var notes = new FormLayout(interventions, note);
        homeSection.removeAll();
        homeSection.setPadding(false);
        homeSection.add(new H3("At home"), new FormLayout(approvalId, chaperoneId), attestation);
        homeSection.setVisible(setting.getValue() == DosingSetting.AT_HOME);
        add(new Anchor("patients/" + patientId, "← Back to the case file"), title, when,
                new H3("Before dosing"), before, holdWarning, new H3("Dose"), dose, new H3("After dosing"), after,
                adverseEvents, notes, homeSection, new HorizontalLayout(save));
    }

    private void warnAboutHold() {
        Integer systolic = systolicBefore.getValue();
        Integer diastolic = diastolicBefore.getValue();
        HomeDoseApproval approval = approvalId.getValue() == null ? null : approvalsById.get(approvalId.getValue());
        BloodPressure limit = DoseRules.holdLimit(setting.getValue() == DosingSetting.AT_HOME,
                approval == null || approval.plan() == null ? null : approval.plan().holdLimit(), practiceLimit);
        if (systolic != null && diastolic != null && new BloodPressure(systolic, diastolic).reaches(limit)) {
            holdWarning.setText("BP " + systolic + "/" + diastolic + " is at or above the hold limit of " + limit
                    + ": record the session as held, not dosed, unless a prescriber overrides with a reason.");
        } else {
            holdWarning.setText("");
        }
    }

    private void save() {
        DosingEntry entry = Forms.writeRecord(binder);
        if (entry == null) {
            return;
        }
        long[] id = new long[1];
        if (Notifications.attempt(() -> id[0] = dosing.record(patientId, entry))) {
            Notifications.success("Dosing session recorded.");
            getUI().ifPresent(ui -> ui.navigate("dosing/" + id[0]));
        }
    }
}
