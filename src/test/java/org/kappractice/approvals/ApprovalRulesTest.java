package org.kappractice.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requested -> approved | denied; approved -> revoked; approvals are valid today or later; states computed. */
class ApprovalRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static ApprovalPlan plan(LocalDate from, LocalDate to, int sessions) {
        return new ApprovalPlan(DoseForm.SUBLINGUAL_RDT, 100, 200, null, sessions, 7, from, to, null, null, "");
    }

    static HomeDoseApproval approval(ApprovalStatus status, ApprovalPlan plan, int used) {
        return new HomeDoseApproval(12, 1, status, "Tara Therapist", OffsetDateTime.now(),
                new ApprovalRequest(200, 4, "Good response"), plan, List.of(), used, 0);
    }

    static Stream<Arguments> decisions() {
        ApprovalPlan current = plan(TODAY, TODAY.plusDays(30), 4);
        return Stream.of(
                Arguments.of(approval(ApprovalStatus.REQUESTED, null, 0), ApprovalStatus.APPROVED, current, null),
                Arguments.of(approval(ApprovalStatus.REQUESTED, null, 0), ApprovalStatus.APPROVED,
                        plan(TODAY.minusDays(30), TODAY, 4), null),
                Arguments.of(approval(ApprovalStatus.REQUESTED, null, 0), ApprovalStatus.APPROVED,
                        plan(TODAY.minusDays(30), TODAY.minusDays(1), 4), "is in the past"),
                Arguments.of(approval(ApprovalStatus.REQUESTED, null, 0), ApprovalStatus.DENIED, null, null),
                Arguments.of(approval(ApprovalStatus.APPROVED, current, 0), ApprovalStatus.APPROVED, current,
                        "Approval #12 is approved; it can be approved only while requested."),
                Arguments.of(approval(ApprovalStatus.DENIED, null, 0), ApprovalStatus.DENIED, null,
                        "it can be denied only while requested"),
                Arguments.of(approval(ApprovalStatus.APPROVED, current, 1), ApprovalStatus.REVOKED, null, null),
                Arguments.of(approval(ApprovalStatus.REQUESTED, null, 0), ApprovalStatus.REVOKED, null,
                        "Approval #12 is requested; it can be revoked only while approved."),
                Arguments.of(approval(ApprovalStatus.REVOKED, current, 1), ApprovalStatus.REVOKED, null,
                        "Approval #12 is revoked"));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void aDecisionIsAllowedOnlyFromItsState(HomeDoseApproval approval, ApprovalStatus decision, ApprovalPlan plan,
                                            String expected) {
        var refusals = ApprovalRules.refusals(approval, decision, plan, TODAY);
        if (expected == null) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).anySatisfy(r -> assertThat(r).contains(expected));
        }
    }

    static Stream<Arguments> states() {
        ApprovalPlan plan = plan(TODAY, TODAY.plusDays(30), 4);
        return Stream.of(
                Arguments.of(approval(ApprovalStatus.REQUESTED, null, 0), TODAY, ApprovalState.REQUESTED),
                Arguments.of(approval(ApprovalStatus.APPROVED, plan, 3), TODAY, ApprovalState.ACTIVE),
                Arguments.of(approval(ApprovalStatus.APPROVED, plan, 4), TODAY, ApprovalState.USED_UP),
                Arguments.of(approval(ApprovalStatus.APPROVED, plan, 0), TODAY.plusDays(30), ApprovalState.ACTIVE),
                Arguments.of(approval(ApprovalStatus.APPROVED, plan, 0), TODAY.plusDays(31), ApprovalState.EXPIRED),
                Arguments.of(approval(ApprovalStatus.APPROVED, plan, 0), TODAY.minusDays(1), ApprovalState.NOT_YET_VALID),
                Arguments.of(approval(ApprovalStatus.REVOKED, plan, 1), TODAY, ApprovalState.REVOKED),
                Arguments.of(approval(ApprovalStatus.DENIED, null, 0), TODAY, ApprovalState.DENIED));
    }

    @ParameterizedTest
    @MethodSource("states")
    void expiredAndUsedUpAreComputedFromDatesAndUse(HomeDoseApproval approval, LocalDate day, ApprovalState expected) {
        assertThat(approval.stateOn(day)).isEqualTo(expected);
    }
}
