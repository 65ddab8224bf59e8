package org.kappractice.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a clinical record was entered in error; the record stays, marked, with the reason. */
public class EnteredInErrorDialog extends Dialog {
    public final TextArea reason = new TextArea("Reason");
    public final Button confirm = new Button("Mark entered in error");

    /** {@code mark} gets the reason; the dialog closes only if it succeeds, and {@code done} then runs. */
    public EnteredInErrorDialog(String what, Consumer<String> mark, Runnable done) {
        setHeaderTitle("Mark entered in error");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (Notifications.attempt(() -> mark.accept(reason.getValue()))) {
                close();
                Notifications.success("Marked entered in error.");
                done.run();
            }
        });
        add(new Paragraph("The " + what + " stays in the record, marked, with your reason. Nothing is deleted."), reason);
        setWidth("36em");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
