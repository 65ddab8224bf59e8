package org.kappractice.dosing;

import static org.kappractice.db.Tables.ADVERSE_EVENT;
import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.CHAPERONE;
import static org.kappractice.db.Tables.CHAPERONE_READING;
import static org.kappractice.db.Tables.DOSING_SESSION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.kappractice.db.tables.AppUser;
import org.kappractice.db.tables.records.DosingSessionRecord;
import org.kappractice.notes.EnteredInError;
import org.springframework.stereotype.Repository;

@Repository
class DosingRepository {
    private static final AppUser RECORDER = APP_USER.as("recorder");
    private static final AppUser ERROR_BY = APP_USER.as("error_by");
    private static final Field<List<AdverseEvent>> EVENTS = multiset(
            select(ADVERSE_EVENT.KIND, ADVERSE_EVENT.SEVERITY, ADVERSE_EVENT.DETAIL)
                    .from(ADVERSE_EVENT).where(ADVERSE_EVENT.DOSING_SESSION_ID.eq(DOSING_SESSION.ID))
                    .orderBy(ADVERSE_EVENT.KIND))
            .convertFrom(r -> r.map(e -> new AdverseEvent(AdverseEventKind.valueOf(e.value1()),
                    Severity.valueOf(e.value2()), e.value3())));
    private static final Field<List<ChaperoneReading>> READINGS = multiset(
            select(CHAPERONE_READING.TAKEN_AT, CHAPERONE_READING.SYSTOLIC, CHAPERONE_READING.DIASTOLIC,
                    CHAPERONE_READING.HEART_RATE)
                    .from(CHAPERONE_READING).where(CHAPERONE_READING.DOSING_SESSION_ID.eq(DOSING_SESSION.ID))
                    .orderBy(CHAPERONE_READING.TAKEN_AT))
            .convertFrom(r -> r.map(x -> new ChaperoneReading(x.value1(), x.value2(), x.value3(), x.value4())));

    private final DSLContext dsl;

    DosingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long patientId, DosingEntry e, long recordedBy, OffsetDateTime at) {
        ChaperoneAttestation a = e.attestation();
        long id = dsl.insertInto(DOSING_SESSION)
                .set(DOSING_SESSION.PATIENT_ID, patientId)
                .set(DOSING_SESSION.SETTING, e.setting().name())
                .set(DOSING_SESSION.SESSION_DATE, e.sessionDate())
                .set(DOSING_SESSION.START_TIME, e.startTime())
                .set(DOSING_SESSION.END_TIME, e.endTime())
                .set(DOSING_SESSION.OUTCOME, e.outcome().name())
                .set(DOSING_SESSION.DOSE_MG, e.doseMg())
                .set(DOSING_SESSION.BOOSTER_MG, e.boosterMg())
                .set(DOSING_SESSION.LOT_NUMBER, e.lotNumber().isEmpty() ? null : e.lotNumber())
                .set(DOSING_SESSION.FASTING_HOURS, e.fastingHours())
                .set(DOSING_SESSION.SUBSTANCES_AVOIDED, e.substancesAvoided())
                .set(DOSING_SESSION.SYSTOLIC_BEFORE, e.systolicBefore())
                .set(DOSING_SESSION.DIASTOLIC_BEFORE, e.diastolicBefore())
                .set(DOSING_SESSION.HEART_RATE_BEFORE, e.heartRateBefore())
                .set(DOSING_SESSION.SYSTOLIC_AFTER, e.systolicAfter())
                .set(DOSING_SESSION.DIASTOLIC_AFTER, e.diastolicAfter())
                .set(DOSING_SESSION.HEART_RATE_AFTER, e.heartRateAfter())
                .set(DOSING_SESSION.PEAK_DISSOCIATION, e.peakDissociation())
                .set(DOSING_SESSION.INTERVENTIONS, e.interventions())
                .set(DOSING_SESSION.NOTE, e.note())
                .set(DOSING_SESSION.HOLD_OVERRIDE_REASON, e.holdOverrideReason().isEmpty() ? null : e.holdOverrideReason())
                .set(DOSING_SESSION.APPROVAL_ID, e.approvalId())
                .set(DOSING_SESSION.CHAPERONE_ID, e.chaperoneId())
                .set(DOSING_SESSION.ATTEST_PRESENT_THROUGHOUT, a == null ? null : a.presentThroughout())
                .set(DOSING_SESSION.ATTEST_CHECKED_EVERY_15_MIN, a == null ? null : a.checkedEvery15Minutes())
                .set(DOSING_SESSION.ATTEST_WITHIN_VOICE_RANGE, a == null ? null : a.withinVoiceRange())
                .set(DOSING_SESSION.ATTEST_KNOWS_EMERGENCY_PLAN, a == null ? null : a.knowsEmergencyPlan())
                .set(DOSING_SESSION.ATTEST_PATIENT_DID_NOT_DRIVE, a == null ? null : a.patientDidNotDrive())
                .set(DOSING_SESSION.ATTEST_STAYED_UNTIL_ALERT, a == null ? null : a.stayedUntilAlert())
                .set(DOSING_SESSION.RECORDED_BY, recordedBy)
                .set(DOSING_SESSION.RECORDED_AT, at)
                .returning(DOSING_SESSION.ID)
                .fetchSingle(DOSING_SESSION.ID);
        for (AdverseEvent event : e.adverseEvents()) {
            dsl.insertInto(ADVERSE_EVENT)
                    .set(ADVERSE_EVENT.DOSING_SESSION_ID, id)
                    .set(ADVERSE_EVENT.KIND, event.kind().name())
                    .set(ADVERSE_EVENT.SEVERITY, event.severity().name())
                    .set(ADVERSE_EVENT.DETAIL, event.detail())
                    .execute();
        }
        if (a != null) {
            for (ChaperoneReading reading : a.readings()) {
                dsl.insertInto(CHAPERONE_READING)
                        .set(CHAPERONE_READING.DOSING_SESSION_ID, id)
                        .set(CHAPERONE_READING.TAKEN_AT, reading.takenAt())
                        .set(CHAPERONE_READING.SYSTOLIC, reading.systolic())
                        .set(CHAPERONE_READING.DIASTOLIC, reading.diastolic())
                        .set(CHAPERONE_READING.HEART_RATE, reading.heartRate())
                        .execute();
            }
        }
        return id;
    }

    boolean markEnteredInError(long id, int version, long byId, OffsetDateTime at, String reason) {
        return dsl.update(DOSING_SESSION)
                .set(DOSING_SESSION.ENTERED_IN_ERROR_AT, at)
                .set(DOSING_SESSION.ENTERED_IN_ERROR_BY, byId)
                .set(DOSING_SESSION.ENTERED_IN_ERROR_REASON, reason)
                .set(DOSING_SESSION.VERSION, DOSING_SESSION.VERSION.plus(1))
                .where(DOSING_SESSION.ID.eq(id).and(DOSING_SESSION.VERSION.eq(version))
                        .and(DOSING_SESSION.ENTERED_IN_ERROR_AT.isNull()))
                .execute() == 1;
    }

    /** The date of the patient's latest dose given on or before {@code day} and not entered in error. */
    Optional<java.time.LocalDate> lastDoseOnOrBefore(long patientId, java.time.LocalDate day) {
        return Optional.ofNullable(dsl.select(DSL.max(DOSING_SESSION.SESSION_DATE)).from(DOSING_SESSION)
                .where(DOSING_SESSION.PATIENT_ID.eq(patientId).and(DOSING_SESSION.DOSE_MG.isNotNull())
                        .and(DOSING_SESSION.ENTERED_IN_ERROR_AT.isNull()).and(DOSING_SESSION.SESSION_DATE.le(day)))
                .fetchOne(0, java.time.LocalDate.class));
    }

    Optional<DoseRecord> find(long id) {
        return selectDoses().where(DOSING_SESSION.ID.eq(id)).fetchOptional(DosingRepository::toDose);
    }

    List<DoseRecord> findByPatient(long patientId) {
        return selectDoses().where(DOSING_SESSION.PATIENT_ID.eq(patientId))
                .orderBy(DOSING_SESSION.SESSION_DATE, DOSING_SESSION.START_TIME, DOSING_SESSION.ID)
                .fetch(DosingRepository::toDose);
    }

    private org.jooq.SelectOnConditionStep<Record> selectDoses() {
        return dsl.select(DOSING_SESSION.fields())
                .select(EVENTS, READINGS, CHAPERONE.NAME, RECORDER.FULL_NAME, ERROR_BY.FULL_NAME)
                .from(DOSING_SESSION)
                .join(RECORDER).on(RECORDER.ID.eq(DOSING_SESSION.RECORDED_BY))
                .leftJoin(CHAPERONE).on(CHAPERONE.ID.eq(DOSING_SESSION.CHAPERONE_ID))
                .leftJoin(ERROR_BY).on(ERROR_BY.ID.eq(DOSING_SESSION.ENTERED_IN_ERROR_BY));
    }

    private static DoseRecord toDose(Record r) {
        DosingSessionRecord d = r.into(DOSING_SESSION);
        ChaperoneAttestation attestation = d.getChaperoneId() == null ? null : new ChaperoneAttestation(
                d.getAttestPresentThroughout(), d.getAttestCheckedEvery_15Min(), d.getAttestWithinVoiceRange(),
                d.getAttestKnowsEmergencyPlan(), d.getAttestPatientDidNotDrive(), d.getAttestStayedUntilAlert(),
                r.get(READINGS));
        DosingEntry entry = new DosingEntry(DosingSetting.valueOf(d.getSetting()), d.getSessionDate(),
                d.getStartTime(), d.getEndTime(), DosingOutcome.valueOf(d.getOutcome()), d.getDoseMg(),
                d.getBoosterMg(), d.getLotNumber(), d.getFastingHours(), d.getSubstancesAvoided(),
                d.getSystolicBefore(), d.getDiastolicBefore(), d.getHeartRateBefore(), d.getSystolicAfter(),
                d.getDiastolicAfter(), d.getHeartRateAfter(), d.getPeakDissociation(), r.get(EVENTS),
                d.getInterventions(), d.getNote(), d.getHoldOverrideReason(), d.getApprovalId(), d.getChaperoneId(),
                attestation);
        EnteredInError error = d.getEnteredInErrorAt() == null ? null : new EnteredInError(r.get(ERROR_BY.FULL_NAME),
                d.getEnteredInErrorAt(), d.getEnteredInErrorReason());
        return new DoseRecord(d.getId(), d.getPatientId(), entry, r.get(CHAPERONE.NAME), d.getRecordedBy(),
                r.get(RECORDER.FULL_NAME), d.getRecordedAt(), error, d.getVersion());
    }
}
