package org.kappractice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.kappractice.approvals.ApprovalPlan;
import org.kappractice.approvals.ApprovalRequest;
import org.kappractice.approvals.ApprovalService;
import org.kappractice.approvals.DoseForm;
import org.kappractice.chaperones.ChaperoneDetails;
import org.kappractice.chaperones.ChaperoneService;
import org.kappractice.dosing.ChaperoneAttestation;
import org.kappractice.dosing.ChaperoneReading;
import org.kappractice.dosing.DosingEntry;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.dosing.DosingSetting;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.notes.IntegrationContent;
import org.kappractice.notes.NoteService;
import org.kappractice.notes.PreparationContent;
import org.kappractice.notes.PreparationTopic;
import org.kappractice.notes.Readiness;
import org.kappractice.notes.RiskCheck;
import org.kappractice.notes.ScreeningContent;
import org.kappractice.patients.PatientFixtures;
import org.kappractice.patients.PatientService;
import org.springframework.stereotype.Component;

/**
 * Builds course states through the services, signed in as the demo clinicians: Tara Therapist and
 * Priya Prescriber share the care team of every patient made here. Leaves Tara signed in.
 */
@Component
public class CourseFixtures {
    public static final LocalDate TODAY = LocalDate.now();
    private final PatientService patients;
    private final NoteService notes;
    private final ApprovalService approvals;
    private final ChaperoneService chaperones;
    private final SignedIn signedIn;
    private final DSLContext dsl;

    CourseFixtures(PatientService patients, NoteService notes, ApprovalService approvals, ChaperoneService chaperones,
                   SignedIn signedIn, DSLContext dsl) {
        this.patients = patients;
        this.notes = notes;
        this.approvals = approvals;
        this.chaperones = chaperones;
        this.signedIn = signedIn;
        this.dsl = dsl;
    }

    /** A consented patient of Tara and Priya with nothing else on file yet. */
    public long newPatient(String lastName) {
        signedIn.as(Demo.THERAPIST);
        long id = patients.create(PatientFixtures.details(lastName));
        signedIn.as(Demo.ADMIN);
        var entry = patients.directory(lastName, 0, 1).getFirst();
        patients.assignCareTeam(id, entry.version(), PatientFixtures.userId(dsl, Demo.THERAPIST),
                PatientFixtures.userId(dsl, Demo.PRESCRIBER));
        signedIn.as(Demo.THERAPIST);
        return id;
    }

    /** Screened eligible, two signed preparation sessions, an active chaperone: ready for a first dose. */
    public ReadyPatient readyToDose(String lastName) {
        long id = newPatient(lastName);
        signedIn.as(Demo.PRESCRIBER);
        long screening = notes.create(id, screening(EligibilityDecision.ELIGIBLE));
        notes.sign(screening, 0);
        signedIn.as(Demo.THERAPIST);
        for (int i = 0; i < 2; i++) {
            long prep = notes.create(id, preparation());
            notes.sign(prep, 0);
        }
        long chaperone = chaperones.add(id, new ChaperoneDetails("Jamie Lee", "Partner", "+1 503 555 0199", true,
                TODAY.minusDays(3), true));
        return new ReadyPatient(id, chaperone);
    }

    /** Tara requests and Priya approves (with her password) home dosing up to {@code maxMg}; Tara signed in after. */
    public long approvedHomeDosing(long patientId, int maxMg, Integer boosterMg, int sessions) {
        signedIn.as(Demo.THERAPIST);
        long approval = approvals.request(patientId, new ApprovalRequest(maxMg, sessions, "Good response in office."));
        signedIn.as(Demo.PRESCRIBER);
        approvals.approve(approval, 0, new ApprovalPlan(DoseForm.SUBLINGUAL_RDT, 100, maxMg, boosterMg, sessions, 7,
                TODAY.minusDays(30), TODAY.plusDays(30), null, null, "Fast 4 hours."), "kap-demo-2026");
        signedIn.as(Demo.THERAPIST);
        return approval;
    }

    public static ScreeningContent screening(EligibilityDecision decision) {
        return new ScreeningContent(TODAY.minusDays(20), Set.of(), 124, 78, 70, new BigDecimal("70.0"), decision,
                "No contraindications.");
    }

    public static PreparationContent preparation() {
        return new PreparationContent(TODAY.minusDays(10), 50, "Ease rumination", Set.of(PreparationTopic.SAFETY_PLAN),
                Readiness.READY, "Covered the safety plan.");
    }

    public static IntegrationContent integration(long doseId) {
        return new IntegrationContent(TODAY, 50, Set.of(doseId), "Reported spaciousness.", "Emerging self-compassion.",
                "Weekly integration.", "grief", "", "Journal", RiskCheck.NO_CURRENT_RISK, "");
    }

    public static DosingEntry officeDose(LocalDate day, int mg, int systolic, int diastolic, DosingOutcome outcome) {
        boolean dosed = outcome != DosingOutcome.HELD;
        return new DosingEntry(DosingSetting.IN_OFFICE, day, LocalTime.of(10, 0), LocalTime.of(12, 0), outcome,
                dosed ? mg : null, null, dosed ? "LOT-1" : "", 4, true, systolic, diastolic, 72, dosed ? 135 : null,
                dosed ? 85 : null, dosed ? 78 : null, dosed ? 5 : null, List.of(), "", "", "", null, null, null);
    }

    public static DosingEntry homeDose(LocalDate day, int mg, Integer booster, long approval, long chaperone) {
        return new DosingEntry(DosingSetting.AT_HOME, day, LocalTime.of(10, 0), LocalTime.of(12, 0),
                DosingOutcome.COMPLETED, mg, booster, "LOT-2", 4, true, 128, 80, 72, 134, 84, 76, 6, List.of(), "", "",
                "", approval, chaperone, new ChaperoneAttestation(true, true, true, true, true, true,
                List.of(new ChaperoneReading(LocalTime.of(10, 30), 130, 82, 74))));
    }

    /** A patient ready for a first dose and their active chaperone. */
    public record ReadyPatient(long id, long chaperoneId) {
    }
}
