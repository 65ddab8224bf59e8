package org.kappractice.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kappractice.base.ui.Forms;
import org.kappractice.dosing.DoseRecord;
import org.kappractice.notes.IntegrationContent;
import org.kappractice.notes.RiskCheck;

/** The therapist's integration session form: the doses it follows, a DAP note, themes and the risk check. */
class IntegrationForm implements NoteForm<IntegrationContent> {
    final DatePicker sessionDate = Forms.datePicker("Session date");
    final IntegerField durationMinutes = new IntegerField("Duration (minutes)");
    final CheckboxGroup<Long> dosingSessionIds = new CheckboxGroup<>("Follows dosing sessions");
    final TextArea dataText = new TextArea("Data (what the patient reported and what was observed)");
    final TextArea assessment = new TextArea("Assessment");
    final TextArea plan = new TextArea("Plan");
    final TextField themes = new TextField("Themes");
    final TextArea insights = new TextArea("Insights");
    final TextArea homework = new TextArea("Homework");
    final RadioButtonGroup<RiskCheck> riskCheck = new RadioButtonGroup<>("Risk check");
    final TextArea riskNote = new TextArea("Risk note");
    private final BeanValidationBinder<IntegrationContent> binder = Forms.binder(IntegrationContent.class);

    /** {@code doses}: the patient's doses that can be integrated (given, not entered in error). */
    IntegrationForm(List<DoseRecord> doses) {
        Map<Long, DoseRecord> byId = doses.stream().collect(Collectors.toMap(DoseRecord::id, Function.identity()));
        dosingSessionIds.setItems(doses.stream().map(DoseRecord::id).toList());
        dosingSessionIds.setItemLabelGenerator(id -> byId.get(id).label() + ": " + byId.get(id).doseText());
        if (doses.isEmpty()) {
            dosingSessionIds.setHelperText("No dose has been given yet: an integration session follows a dose.");
        }
        riskCheck.setItems(RiskCheck.values());
        riskCheck.setItemLabelGenerator(RiskCheck::label);
        themes.setHelperText("A few words, comma-separated");
        binder.bindInstanceFields(this);
    }

    @Override
    public Component layout() {
        var form = new FormLayout(sessionDate, durationMinutes, dosingSessionIds, dataText, assessment, plan, themes,
                insights, homework, riskCheck, riskNote);
        for (Component wide : List.of(dosingSessionIds, dataText, assessment, plan, themes, insights, riskCheck)) {
            form.setColspan(wide, 2);
        }
        return form;
    }

    @Override
    public void read(IntegrationContent content) {
        binder.readRecord(content);
    }

    @Override
    public IntegrationContent write() {
        return Forms.writeRecord(binder);
    }
}
