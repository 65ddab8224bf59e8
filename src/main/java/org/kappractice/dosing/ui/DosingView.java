package org.kappractice.dosing.ui;

import static org.kappractice.base.ui.Cards.badge;
import static org.kappractice.base.ui.Cards.card;
import static org.kappractice.base.ui.Cards.fact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.kappractice.base.Formats;
import org.kappractice.base.NotFoundException;
import org.kappractice.base.ui.Cards;
import org.kappractice.base.ui.EnteredInErrorDialog;
import org.kappractice.dosing.AdverseEvent;
import org.kappractice.dosing.ChaperoneAttestation;
import org.kappractice.dosing.ChaperoneReading;
import org.kappractice.dosing.DoseRecord;
import org.kappractice.dosing.DosingEntry;
import org.kappractice.dosing.DosingService;
import org.kappractice.security.CurrentUser;

/** A recorded dosing session, read-only; the clinician who recorded it can mark it entered in error. */
@Route("dosing/:doseId")
@PageTitle("Dosing session | KAP Practice")
@RolesAllowed({"THERAPIST", "PRESCRIBER", "SUPERVISOR"})
public class DosingView extends VerticalLayout implements BeforeEnterObserver {
    private final transient DosingService dosing;
    private final transient CurrentUser currentUser;
    final Button markInError = new Button("Mark entered in error", VaadinIcon.BAN.create());
    final EnteredInErrorDialog errorDialog;
    private DoseRecord dose;

    public DosingView(DosingService dosing, CurrentUser currentUser) {
        this.dosing = dosing;
        this.currentUser = currentUser;
        addClassName("page");
        markInError.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        errorDialog = new EnteredInErrorDialog("session", reason -> dosing.markEnteredInError(dose.id(),
                dose.version(), reason), () -> {
                    dose = dosing.open(dose.id());
                    show();
                });
        markInError.addClickListener(e -> errorDialog.open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("doseId").orElseThrow(() -> new NotFoundException("No session given."));
        dose = dosing.open(id);
        show();
    }

    private void show() {
        removeAll();
        DosingEntry e = dose.entry();
        markInError.setVisible(!dose.inError() && dose.recordedById() == currentUser.require().id());
        var title = new Div(new H2(dose.label()), badge(dose.inError() ? "Entered in error" : e.outcome().label(),
                dose.inError() ? "bad" : switch (e.outcome()) {
                    case COMPLETED -> "good";
                    case HELD, ABORTED -> "warn";
                }));
        title.addClassName("patient-title");
        add(new Anchor("patients/" + dose.patientId(), "← Back to the case file"), title, markInError);
        if (dose.inError()) {
            add(line("error-banner", "Entered in error by " + dose.enteredInError().byName() + " on "
                    + Formats.dateTime(dose.enteredInError().at()) + ": " + dose.enteredInError().reason()));
        }
        add(line("signature-line", "Recorded by " + dose.recordedByName() + " on " + Formats.dateTime(dose.recordedAt())));
        var cards = Cards.grid(
                card("Session", fact("Time", Formats.time(e.startTime()) + " to " + Formats.time(e.endTime())),
                        fact("Dose", dose.doseText()), fact("Lot number", e.lotNumber()),
                        fact("Fasting", e.fastingHours() + " hours"),
                        fact("Substances avoided", e.substancesAvoided() ? "Yes" : "No"),
                        fact("Hold override", e.holdOverrideReason())),
                card("Vitals", fact("Before", e.systolicBefore() + "/" + e.diastolicBefore() + " mmHg, HR "
                                + e.heartRateBefore()),
                        fact("After", e.systolicAfter() == null ? "—" : e.systolicAfter() + "/" + e.diastolicAfter()
                                + " mmHg, HR " + e.heartRateAfter()),
                        fact("Peak dissociation", e.peakDissociation() == null ? "—" : e.peakDissociation() + " of 10")),
                card("Adverse events and care", fact("Adverse events", e.adverseEvents().isEmpty() ? "None"
                                : e.adverseEvents().stream().map(AdverseEvent::toString).collect(Collectors.joining("\n"))),
                        fact("Interventions", e.interventions()), fact("Note", e.note())));
        add(cards);
        if (e.atHome()) {
            ChaperoneAttestation a = e.attestation();
            add(Cards.grid(card("At home", fact("Approval", "Approval #" + e.approvalId()),
                            fact("Chaperone", dose.chaperoneName())),
                    card("Chaperone attestation", fact("Attested", a.missingDuties().isEmpty()
                                    ? "All duties: " + String.join("; ", ChaperoneAttestation.DUTIES) : "Missing: " + String.join("; ",
                                    a.missingDuties())),
                            fact("Readings", a.readings().stream().map(ChaperoneReading::toString)
                                    .collect(Collectors.joining("\n"))))));
        }
    }

    private static Div line(String className, String text) {
        var div = new Div();
        div.setText(text);
        div.addClassName(className);
        return div;
    }
}
