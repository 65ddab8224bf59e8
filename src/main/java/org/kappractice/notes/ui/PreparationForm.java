package org.kappractice.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.kappractice.base.ui.Forms;
import org.kappractice.notes.PreparationContent;
import org.kappractice.notes.PreparationTopic;
import org.kappractice.notes.Readiness;

/** The therapist's preparation session form. */
class PreparationForm implements NoteForm<PreparationContent> {
    final DatePicker sessionDate = Forms.datePicker("Session date");
    final IntegerField durationMinutes = new IntegerField("Duration (minutes)");
    final TextArea intentions = new TextArea("Intentions");
    final CheckboxGroup<PreparationTopic> topics = new CheckboxGroup<>("Topics covered");
    final RadioButtonGroup<Readiness> readiness = new RadioButtonGroup<>("Readiness to dose");
    final TextArea note = new TextArea("Note");
    private final BeanValidationBinder<PreparationContent> binder = Forms.binder(PreparationContent.class);

    PreparationForm() {
        topics.setItems(PreparationTopic.values());
        topics.setItemLabelGenerator(PreparationTopic::label);
        readiness.setItems(Readiness.values());
        readiness.setItemLabelGenerator(Readiness::label);
        binder.bindInstanceFields(this);
    }

    @Override
    public Component layout() {
        var form = new FormLayout(sessionDate, durationMinutes, intentions, topics, readiness, note);
        form.setColspan(intentions, 2);
        form.setColspan(topics, 2);
        form.setColspan(note, 2);
        return form;
    }

    @Override
    public void read(PreparationContent content) {
        binder.readRecord(content);
    }

    @Override
    public PreparationContent write() {
        return Forms.writeRecord(binder);
    }
}
