package org.kappractice.dosing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kappractice.dosing.AdverseEvent;
import org.kappractice.dosing.AdverseEventKind;
import org.kappractice.dosing.Severity;

/** One row per kind of adverse event: its severity (empty when it did not occur) and a detail. */
class AdverseEventsField extends CustomField<List<AdverseEvent>> {
    final Map<AdverseEventKind, ComboBox<Severity>> severities = new EnumMap<>(AdverseEventKind.class);
    final Map<AdverseEventKind, TextField> details = new EnumMap<>(AdverseEventKind.class);

    AdverseEventsField() {
        setLabel("Adverse events");
        setHelperText("Choose a severity for each event that occurred; leave the others empty.");
        var rows = new Div();
        rows.addClassName("adverse-events");
        for (AdverseEventKind kind : AdverseEventKind.values()) {
            var severity = new ComboBox<Severity>();
            severity.setItems(Severity.values());
            severity.setItemLabelGenerator(Severity::label);
            severity.setPlaceholder("Did not occur");
            severity.setClearButtonVisible(true);
            severity.setAriaLabel(kind.label() + " severity");
            var detail = new TextField();
            detail.setPlaceholder("Detail");
            detail.setAriaLabel(kind.label() + " detail");
            detail.setMaxLength(1000);
            severity.addValueChangeListener(e -> updateValue());
            detail.addValueChangeListener(e -> updateValue());
            severities.put(kind, severity);
            details.put(kind, detail);
            var label = new Div();
            label.setText(kind.label());
            var row = new Div(label, severity, detail);
            row.addClassName("adverse-event-row");
            rows.add(row);
        }
        add(rows);
    }

    @Override
    protected List<AdverseEvent> generateModelValue() {
        List<AdverseEvent> events = new ArrayList<>();
        for (AdverseEventKind kind : AdverseEventKind.values()) {
            Severity severity = severities.get(kind).getValue();
            if (severity != null) {
                events.add(new AdverseEvent(kind, severity, details.get(kind).getValue()));
            }
        }
        return events;
    }

    @Override
    protected void setPresentationValue(List<AdverseEvent> events) {
        severities.values().forEach(ComboBox::clear);
        details.values().forEach(TextField::clear);
        if (events != null) {
            for (AdverseEvent event : events) {
                severities.get(event.kind()).setValue(event.severity());
                details.get(event.kind()).setValue(event.detail());
            }
        }
    }
}
