package org.kappractice.course;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kappractice.approvals.ApprovalState;
import org.kappractice.approvals.HomeDoseApproval;
import org.kappractice.base.Formats;
import org.kappractice.course.DueItem.Urgency;
import org.kappractice.dosing.DoseRecord;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.notes.NoteHeader;
import org.kappractice.notes.PatientNotes;
import org.kappractice.settings.PracticeSettings;

/**
 * What a patient's course needs next, in plain Java: consent, screening and preparation before the
 * first dose; an integration session within the due window after every completed dose (rule 4);
 * approvals awaiting a decision, running out or expiring; drafts to sign.
 */
public final class DueNext {

    private DueNext() {
    }

    public static List<DueItem> of(boolean consentOnFile, PatientNotes notes, List<DoseRecord> doses,
                                   List<HomeDoseApproval> approvals, PracticeSettings settings, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        if (!consentOnFile) {
            due.add(new DueItem(Urgency.NEXT, "Informed consent not on file: no dosing until it is recorded."));
        }
        if (notes.eligibility().isEmpty()) {
            due.add(new DueItem(Urgency.NEXT, "Eligibility screening by the prescriber needed before dosing."));
        } else if (!notes.eligibility().get().allowsDosing()) {
            due.add(new DueItem(Urgency.NEXT, "Not eligible at the latest screening: no dosing."));
        }
        if (notes.completedPreparations() < settings.requiredPreparationSessions()) {
            due.add(new DueItem(Urgency.NEXT, notes.completedPreparations() + " of "
                    + settings.requiredPreparationSessions() + " preparation sessions completed."));
        }
        integrationsDue(notes.integrationDatesByDose(), doses, settings.integrationDueDays(), today, due);
        approvalsDue(approvals, settings.approvalWarningDays(), today, due);
        for (NoteHeader note : notes.notes()) {
            if (!note.signed() && !note.inError()) {
                due.add(new DueItem(Urgency.NEXT, "Draft " + note.kind().label().toLowerCase() + " note of "
                        + Formats.date(note.sessionDate()) + " to be signed by " + note.authorName() + "."));
            }
        }
        due.sort(Comparator.comparing(DueItem::urgency));
        return due;
    }

    /** The day an integration session is due after a completed dose. */
    public static LocalDate integrationDueBy(DoseRecord dose, int dueDays) {
        return dose.sessionDate().plusDays(dueDays);
    }

    private static void integrationsDue(Map<Long, List<LocalDate>> integrations, List<DoseRecord> doses, int dueDays,
                                        LocalDate today, List<DueItem> due) {
        for (DoseRecord dose : doses) {
            if (dose.inError() || dose.entry().outcome() != DosingOutcome.COMPLETED || integrations.containsKey(dose.id())) {
                continue;
            }
            LocalDate by = integrationDueBy(dose, dueDays);
            String after = " (after the " + dose.labelInSentence() + ").";
            if (today.isAfter(by)) {
                due.add(new DueItem(Urgency.OVERDUE, "Integration session overdue: it was due by " + Formats.date(by) + after));
            } else {
                due.add(new DueItem(Urgency.SOON, "Integration session due by " + Formats.date(by) + after));
            }
        }
    }

    private static void approvalsDue(List<HomeDoseApproval> approvals, int warningDays, LocalDate today,
                                     List<DueItem> due) {
        boolean anyUsable = false;
        for (HomeDoseApproval approval : approvals) {
            ApprovalState state = approval.stateOn(today);
            switch (state) {
                case REQUESTED -> due.add(new DueItem(Urgency.NEXT, approval.label() + " awaits the prescriber's decision."));
                case ACTIVE, NOT_YET_VALID -> {
                    anyUsable = true;
                    due.add(new DueItem(Urgency.NEXT, approval.remainingSessions() + " of "
                            + approval.plan().sessionsAuthorised() + " home sessions left on " + approval.label() + "."));
                    long days = ChronoUnit.DAYS.between(today, approval.plan().validTo());
                    if (days <= warningDays) {
                        due.add(new DueItem(Urgency.SOON, approval.label() + (days == 0 ? " expires today"
                                : " expires in " + days + (days == 1 ? " day" : " days")) + " ("
                                + Formats.date(approval.plan().validTo()) + ")."));
                    }
                }
                default -> {
                }
            }
        }
        if (!anyUsable && approvals.stream().anyMatch(a -> a.stateOn(today) == ApprovalState.USED_UP)) {
            due.add(new DueItem(Urgency.NEXT, "The last home-dose approval is used up: request a new one for "
                    + "further home sessions."));
        }
    }
}
