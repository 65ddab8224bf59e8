package org.kappractice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kappractice.approvals.ApprovalPlan;
import org.kappractice.approvals.DoseForm;
import org.kappractice.chaperones.ChaperoneDetails;
import org.kappractice.notes.Contraindication;
import org.kappractice.notes.EligibilityDecision;
import org.kappractice.notes.IntegrationContent;
import org.kappractice.notes.RiskCheck;
import org.kappractice.notes.ScreeningContent;
import org.kappractice.dosing.DosingEntry;
import org.kappractice.dosing.DosingOutcome;
import org.kappractice.dosing.DosingSetting;

/** The input rules that span fields, as the forms show them and the services enforce them. */
class InputRulesTest {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final LocalDate DAY = LocalDate.now().minusDays(1);

    static DosingEntry entry(DosingSetting setting, DosingOutcome outcome, Integer dose, Integer booster, String lot,
                             Integer systolicAfter, LocalTime end) {
        return new DosingEntry(setting, DAY, LocalTime.of(10, 0), end, outcome, dose, booster, lot, 4, true, 130, 80,
                70, systolicAfter, 85, 75, 5, List.of(), "", "", "", setting == DosingSetting.AT_HOME ? 1L : null,
                null, null);
    }

    static Stream<Arguments> cases() {
        LocalTime noon = LocalTime.of(12, 0);
        return Stream.of(
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.COMPLETED, 150, null, "L1", 135, noon), null),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.COMPLETED, null, null, "", 135, noon),
                        DosingEntry.DOSE_WHEN_COMPLETED),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.HELD, 150, null, "L1", null, noon),
                        DosingEntry.NO_DOSE_WHEN_HELD),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.HELD, null, null, "", null, noon), null),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.COMPLETED, 150, null, "", 135, noon),
                        DosingEntry.LOT_WHEN_DOSED),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.COMPLETED, 150, null, "L1", null, noon),
                        DosingEntry.AFTER_WHEN_COMPLETED),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.ABORTED, null, 50, "", null, noon),
                        DosingEntry.BOOSTER_NEEDS_DOSE),
                Arguments.of(entry(DosingSetting.IN_OFFICE, DosingOutcome.COMPLETED, 150, null, "L1", 135,
                        LocalTime.of(10, 0)), DosingEntry.TIMES_ORDERED),
                Arguments.of(entry(DosingSetting.AT_HOME, DosingOutcome.COMPLETED, 150, null, "L1", 135, noon),
                        DosingEntry.HOME_NEEDS_CHAPERONE),
                Arguments.of(new ScreeningContent(DAY, java.util.Set.of(Contraindication.LIVER_DISEASE), 130, 80, 70,
                        new java.math.BigDecimal("70"), EligibilityDecision.ELIGIBLE, "why"), ScreeningContent.DECISION_CONSISTENT),
                Arguments.of(new ScreeningContent(DAY, java.util.Set.of(Contraindication.LIVER_DISEASE), 130, 80, 70,
                        new java.math.BigDecimal("70"), EligibilityDecision.ELIGIBLE_WITH_CAUTIONS, "why"), null),
                Arguments.of(new IntegrationContent(DAY, 50, java.util.Set.of(1L), "d", "a", "p", "", "", "",
                        RiskCheck.RISK_SAFETY_PLAN_REVIEWED, ""), IntegrationContent.RISK_NOTE_REQUIRED),
                Arguments.of(new ChaperoneDetails("Jo", "Friend", "+1 503 555 0100", true, null, true),
                        ChaperoneDetails.ACTIVE_ONLY_WHEN_READY),
                Arguments.of(new ApprovalPlan(DoseForm.TROCHE, 100, 200, 200, 4, 7, DAY, DAY.plusDays(30), null, null, ""),
                        ApprovalPlan.BOOSTER_BELOW_MAX),
                Arguments.of(new ApprovalPlan(DoseForm.TROCHE, 100, 200, null, 4, 7, DAY, DAY.minusDays(1), null, null, ""),
                        ApprovalPlan.VALID_DATES_ORDERED),
                Arguments.of(new ApprovalPlan(DoseForm.TROCHE, 100, 200, null, 4, 7, DAY, DAY, 150, null, ""),
                        ApprovalPlan.HOLD_LIMITS_PAIRED));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void crossFieldRulesNameTheFieldAndTheRule(Object input, String expected) {
        List<String> messages = VALIDATOR.validate(input).stream().map(ConstraintViolation::getMessage).toList();
        if (expected == null) {
            assertThat(messages).isEmpty();
        } else {
            assertThat(messages).contains(expected);
        }
    }
}
