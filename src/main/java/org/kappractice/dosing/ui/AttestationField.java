package org.kappractice.dosing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.ArrayList;
import java.util.List;
import org.kappractice.dosing.ChaperoneAttestation;
import org.kappractice.dosing.ChaperoneReading;

/** The chaperone's attestation after a home session: each duty, and the BP/HR readings they took with the time. */
class AttestationField extends CustomField<ChaperoneAttestation> {
    final Checkbox presentThroughout = duty(ChaperoneAttestation.PRESENT);
    final Checkbox checkedEvery15Minutes = duty(ChaperoneAttestation.CHECKED);
    final Checkbox withinVoiceRange = duty(ChaperoneAttestation.VOICE_RANGE);
    final Checkbox knowsEmergencyPlan = duty(ChaperoneAttestation.EMERGENCY_PLAN);
    final Checkbox patientDidNotDrive = duty(ChaperoneAttestation.NO_DRIVING);
    final Checkbox stayedUntilAlert = duty(ChaperoneAttestation.UNTIL_ALERT);
    final TimePicker readingTime = new TimePicker("Time");
    final IntegerField readingSystolic = new IntegerField("Systolic");
    final IntegerField readingDiastolic = new IntegerField("Diastolic");
    final IntegerField readingHeartRate = new IntegerField("Heart rate");
    final Button addReading = new Button("Add reading", VaadinIcon.PLUS.create());
    final Div readingList = new Div();
    final Span readingProblem = new Span();
    private final List<ChaperoneReading> readings = new ArrayList<>();

    AttestationField() {
        setLabel("Chaperone attestation: the chaperone confirms they");
        var duties = new Div(presentThroughout, checkedEvery15Minutes, withinVoiceRange, knowsEmergencyPlan,
                patientDidNotDrive, stayedUntilAlert);
        duties.addClassName("attestation-duties");
        for (Checkbox duty : List.of(presentThroughout, checkedEvery15Minutes, withinVoiceRange, knowsEmergencyPlan,
                patientDidNotDrive, stayedUntilAlert)) {
            duty.addValueChangeListener(e -> updateValue());
        }
        readingTime.setStep(java.time.Duration.ofMinutes(5));
        for (IntegerField number : List.of(readingSystolic, readingDiastolic, readingHeartRate)) {
            number.setWidth("7em");
        }
        addReading.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addReading.addClickListener(e -> addReading());
        readingProblem.addClassName("hold-warning");
        var entry = new HorizontalLayout(readingTime, readingSystolic, readingDiastolic, readingHeartRate, addReading);
        entry.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        add(duties, new Span("Readings the chaperone took"), readingList, entry, readingProblem);
    }

    private static Checkbox duty(String text) {
        return new Checkbox(text);
    }

    void addReading() {
        if (readingTime.getValue() == null || readingSystolic.getValue() == null || readingDiastolic.getValue() == null
                || readingHeartRate.getValue() == null) {
            readingProblem.setText("Reading: enter the time, systolic, diastolic and heart rate, then add it.");
            return;
        }
        readingProblem.setText("");
        readings.removeIf(r -> r.takenAt().equals(readingTime.getValue()));
        readings.add(new ChaperoneReading(readingTime.getValue(), readingSystolic.getValue(),
                readingDiastolic.getValue(), readingHeartRate.getValue()));
        readingTime.clear();
        readingSystolic.clear();
        readingDiastolic.clear();
        readingHeartRate.clear();
        showReadings();
        updateValue();
    }

    private void showReadings() {
        readingList.removeAll();
        readings.sort(java.util.Comparator.comparing(ChaperoneReading::takenAt));
        for (ChaperoneReading reading : List.copyOf(readings)) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                readings.remove(reading);
                showReadings();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove reading " + reading);
            readingList.add(new Div(new Span(reading.toString()), remove));
        }
    }

    @Override
    protected ChaperoneAttestation generateModelValue() {
        return new ChaperoneAttestation(presentThroughout.getValue(), checkedEvery15Minutes.getValue(),
                withinVoiceRange.getValue(), knowsEmergencyPlan.getValue(), patientDidNotDrive.getValue(),
                stayedUntilAlert.getValue(), readings);
    }

    @Override
    protected void setPresentationValue(ChaperoneAttestation attestation) {
        ChaperoneAttestation a = attestation == null
                ? new ChaperoneAttestation(false, false, false, false, false, false, List.of()) : attestation;
        presentThroughout.setValue(a.presentThroughout());
        checkedEvery15Minutes.setValue(a.checkedEvery15Minutes());
        withinVoiceRange.setValue(a.withinVoiceRange());
        knowsEmergencyPlan.setValue(a.knowsEmergencyPlan());
        patientDidNotDrive.setValue(a.patientDidNotDrive());
        stayedUntilAlert.setValue(a.stayedUntilAlert());
        readings.clear();
        readings.addAll(a.readings());
        showReadings();
    }
}
