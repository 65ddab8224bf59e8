package org.kappractice.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/** The one way the app builds form fields and binders. */
public final class Forms {

    private Forms() {
    }

    /** A binder whose required-field markers also cover {@code @NotBlank}, and whose rules come from the record. */
    public static <T> BeanValidationBinder<T> binder(Class<T> type) {
        var binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
        return binder;
    }

    /** The record the form holds, or null when a field breaks its rule (each such field then shows why). */
    public static <T extends Record> T writeRecord(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException invalid) {
            return null;
        }
    }

    /** A date field that reads and accepts dates as 2026-12-12, the same in every country. */
    public static DatePicker datePicker(String label) {
        var picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormats("yyyy-MM-dd", "d.M.yyyy"));
        picker.setPlaceholder("YYYY-MM-DD");
        return picker;
    }
}
