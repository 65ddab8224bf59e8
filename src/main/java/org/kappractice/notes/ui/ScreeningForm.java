package org.kappractice.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.kappractice.base.ui.Forms;
import org.kappractice.notes.Contraindication;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.notes.ScreeningContent;

/** The prescriber's eligibility screening form. */
class ScreeningForm implements NoteForm<ScreeningContent> {
    final DatePicker sessionDate = Forms.datePicker("Screening date");
    final CheckboxGroup<Contraindication> contraindications = new CheckboxGroup<>("Contraindications present");
    final IntegerField baselineSystolic = new IntegerField("Baseline BP systolic (mmHg)");
    final IntegerField baselineDiastolic = new IntegerField("Baseline BP diastolic (mmHg)");
    final IntegerField baselineHeartRate = new IntegerField("Baseline heart rate (bpm)");
    final BigDecimalField weightKg = new BigDecimalField("Weight (kg)");
    final RadioButtonGroup<EligibilityDecision> decision = new RadioButtonGroup<>("Decision");
    final TextArea rationale = new TextArea("Rationale");
    private final BeanValidationBinder<ScreeningContent> binder = Forms.binder(ScreeningContent.class);

    ScreeningForm() {
        contraindications.setItems(Contraindication.values());
        contraindications.setItemLabelGenerator(Contraindication::label);
        contraindications.setHelperText("Tick each one the patient has; leave clear when none.");
        decision.setItems(EligibilityDecision.values());
        decision.setItemLabelGenerator(EligibilityDecision::label);
        binder.bindInstanceFields(this);
    }

    @Override
    public Component layout() {
        var form = new FormLayout(sessionDate, weightKg, baselineSystolic, baselineDiastolic, baselineHeartRate,
                contraindications, decision, rationale);
        form.setColspan(contraindications, 2);
        form.setColspan(decision, 2);
        form.setColspan(rationale, 2);
        return form;
    }

    @Override
    public void read(ScreeningContent content) {
        binder.readRecord(content);
    }

    @Override
    public ScreeningContent write() {
        return Forms.writeRecord(binder);
    }
}
