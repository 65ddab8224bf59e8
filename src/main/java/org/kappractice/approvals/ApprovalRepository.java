package org.kappractice.approvals;

import static org.kappractice.db.Tables.APPROVAL_SIGNATURE;
import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.DOSING_SESSION;
import static org.kappractice.db.Tables.HOME_DOSE_APPROVAL;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class ApprovalRepository {
    private static final Field<List<ApprovalSignature>> SIGNATURES = multiset(
            select(APPROVAL_SIGNATURE.MEANING, APPROVAL_SIGNATURE.SIGNER_NAME, APPROVAL_SIGNATURE.SIGNED_AT,
                    APPROVAL_SIGNATURE.REASON)
                    .from(APPROVAL_SIGNATURE)
                    .where(APPROVAL_SIGNATURE.APPROVAL_ID.eq(HOME_DOSE_APPROVAL.ID))
                    .orderBy(APPROVAL_SIGNATURE.SIGNED_AT))
            .convertFrom(r -> r.map(s -> new ApprovalSignature(ApprovalStatus.valueOf(s.value1()), s.value2(),
                    s.value3(), s.value4())));
    // a home session uses an approval when a dose was given and it is not entered in error
    private static final Field<Integer> SESSIONS_USED = selectCount().from(DOSING_SESSION)
            .where(DOSING_SESSION.APPROVAL_ID.eq(HOME_DOSE_APPROVAL.ID)
                    .and(DOSING_SESSION.DOSE_MG.isNotNull())
                    .and(DOSING_SESSION.ENTERED_IN_ERROR_AT.isNull()))
            .asField("sessions_used");

    private final DSLContext dsl;

    ApprovalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertRequest(long patientId, ApprovalRequest request, long requestedBy, OffsetDateTime at) {
        return dsl.insertInto(HOME_DOSE_APPROVAL)
                .set(HOME_DOSE_APPROVAL.PATIENT_ID, patientId)
                .set(HOME_DOSE_APPROVAL.STATUS, ApprovalStatus.REQUESTED.name())
                .set(HOME_DOSE_APPROVAL.REQUESTED_BY, requestedBy)
                .set(HOME_DOSE_APPROVAL.REQUESTED_AT, at)
                .set(HOME_DOSE_APPROVAL.PROPOSED_MG, request.proposedMg())
                .set(HOME_DOSE_APPROVAL.PROPOSED_SESSIONS, request.proposedSessions())
                .set(HOME_DOSE_APPROVAL.REQUEST_REASON, request.reason())
                .returning(HOME_DOSE_APPROVAL.ID)
                .fetchSingle(HOME_DOSE_APPROVAL.ID);
    }

    boolean approve(long id, int version, ApprovalPlan plan) {
        return dsl.update(HOME_DOSE_APPROVAL)
                .set(HOME_DOSE_APPROVAL.STATUS, ApprovalStatus.APPROVED.name())
                .set(HOME_DOSE_APPROVAL.FORM, plan.form().name())
                .set(HOME_DOSE_APPROVAL.STRENGTH_MG, plan.strengthMg())
                .set(HOME_DOSE_APPROVAL.MAX_MG, plan.maxMg())
                .set(HOME_DOSE_APPROVAL.BOOSTER_MG, plan.boosterMg())
                .set(HOME_DOSE_APPROVAL.SESSIONS_AUTHORISED, plan.sessionsAuthorised())
                .set(HOME_DOSE_APPROVAL.MIN_DAYS_BETWEEN, plan.minDaysBetween())
                .set(HOME_DOSE_APPROVAL.VALID_FROM, plan.validFrom())
                .set(HOME_DOSE_APPROVAL.VALID_TO, plan.validTo())
                .set(HOME_DOSE_APPROVAL.HOLD_SYSTOLIC, plan.holdSystolic())
                .set(HOME_DOSE_APPROVAL.HOLD_DIASTOLIC, plan.holdDiastolic())
                .set(HOME_DOSE_APPROVAL.CONDITIONS, plan.conditions())
                .set(HOME_DOSE_APPROVAL.VERSION, HOME_DOSE_APPROVAL.VERSION.plus(1))
                .where(HOME_DOSE_APPROVAL.ID.eq(id).and(HOME_DOSE_APPROVAL.VERSION.eq(version))
                        .and(HOME_DOSE_APPROVAL.STATUS.eq(ApprovalStatus.REQUESTED.name())))
                .execute() == 1;
    }

    boolean setStatus(long id, int version, ApprovalStatus from, ApprovalStatus to) {
        return dsl.update(HOME_DOSE_APPROVAL)
                .set(HOME_DOSE_APPROVAL.STATUS, to.name())
                .set(HOME_DOSE_APPROVAL.VERSION, HOME_DOSE_APPROVAL.VERSION.plus(1))
                .where(HOME_DOSE_APPROVAL.ID.eq(id).and(HOME_DOSE_APPROVAL.VERSION.eq(version))
                        .and(HOME_DOSE_APPROVAL.STATUS.eq(from.name())))
                .execute() == 1;
    }

    void insertSignature(long approvalId, ApprovalStatus meaning, long signerId, String signerName, OffsetDateTime at,
                         String reason) {
        dsl.insertInto(APPROVAL_SIGNATURE)
                .set(APPROVAL_SIGNATURE.APPROVAL_ID, approvalId)
                .set(APPROVAL_SIGNATURE.MEANING, meaning.name())
                .set(APPROVAL_SIGNATURE.SIGNER_ID, signerId)
                .set(APPROVAL_SIGNATURE.SIGNER_NAME, signerName)
                .set(APPROVAL_SIGNATURE.SIGNED_AT, at)
                .set(APPROVAL_SIGNATURE.REASON, reason)
                .execute();
    }

    Optional<HomeDoseApproval> find(long id) {
        return selectApprovals().where(HOME_DOSE_APPROVAL.ID.eq(id)).fetchOptional(ApprovalRepository::toApproval);
    }

    List<HomeDoseApproval> findByPatient(long patientId) {
        return selectApprovals().where(HOME_DOSE_APPROVAL.PATIENT_ID.eq(patientId))
                .orderBy(HOME_DOSE_APPROVAL.REQUESTED_AT.desc(), HOME_DOSE_APPROVAL.ID.desc())
                .fetch(ApprovalRepository::toApproval);
    }

    private org.jooq.SelectOnConditionStep<Record> selectApprovals() {
        return dsl.select(HOME_DOSE_APPROVAL.fields()).select(APP_USER.FULL_NAME, SIGNATURES, SESSIONS_USED)
                .from(HOME_DOSE_APPROVAL)
                .join(APP_USER).on(APP_USER.ID.eq(HOME_DOSE_APPROVAL.REQUESTED_BY));
    }

    private static HomeDoseApproval toApproval(Record r) {
        var a = r.into(HOME_DOSE_APPROVAL);
        ApprovalPlan plan = a.getMaxMg() == null ? null : new ApprovalPlan(DoseForm.valueOf(a.getForm()),
                a.getStrengthMg(), a.getMaxMg(), a.getBoosterMg(), a.getSessionsAuthorised(), a.getMinDaysBetween(),
                a.getValidFrom(), a.getValidTo(), a.getHoldSystolic(), a.getHoldDiastolic(), a.getConditions());
        return new HomeDoseApproval(a.getId(), a.getPatientId(), ApprovalStatus.valueOf(a.getStatus()),
                r.get(APP_USER.FULL_NAME), a.getRequestedAt(),
                new ApprovalRequest(a.getProposedMg(), a.getProposedSessions(), a.getRequestReason()), plan,
                r.get(SIGNATURES), r.get(SESSIONS_USED), a.getVersion());
    }
}
