package org.kappractice.notes;

import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.CLINICAL_NOTE;
import static org.kappractice.db.Tables.INTEGRATION_DOSE_LINK;
import static org.kappractice.db.Tables.INTEGRATION_NOTE;
import static org.kappractice.db.Tables.NOTE_ADDENDUM;
import static org.kappractice.db.Tables.PREPARATION_NOTE;
import static org.kappractice.db.Tables.SCREENING_NOTE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.kappractice.base.db.EnumCodes;
import org.kappractice.db.tables.AppUser;
import org.springframework.stereotype.Repository;

@Repository
class NoteRepository {
    private static final AppUser AUTHOR = APP_USER.as("author");
    private static final AppUser ERROR_BY = APP_USER.as("error_by");

    private final DSLContext dsl;

    NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long patientId, NoteContent content, long authorId, OffsetDateTime at) {
        long id = dsl.insertInto(CLINICAL_NOTE)
                .set(CLINICAL_NOTE.PATIENT_ID, patientId)
                .set(CLINICAL_NOTE.KIND, content.kind().name())
                .set(CLINICAL_NOTE.SESSION_DATE, content.sessionDate())
                .set(CLINICAL_NOTE.AUTHOR_ID, authorId)
                .set(CLINICAL_NOTE.CREATED_AT, at)
                .returning(CLINICAL_NOTE.ID)
                .fetchSingle(CLINICAL_NOTE.ID);
        switch (content) {
            case ScreeningContent s -> dsl.insertInto(SCREENING_NOTE).set(SCREENING_NOTE.NOTE_ID, id)
                    .set(screeningColumns(s)).execute();
            case PreparationContent p -> dsl.insertInto(PREPARATION_NOTE).set(PREPARATION_NOTE.NOTE_ID, id)
                    .set(preparationColumns(p)).execute();
            case IntegrationContent i -> {
                dsl.insertInto(INTEGRATION_NOTE).set(INTEGRATION_NOTE.NOTE_ID, id).set(integrationColumns(i)).execute();
                insertLinks(id, patientId, i.dosingSessionIds());
            }
        }
        return id;
    }

    /** Saves a draft if nobody saved it since {@code version}; false on a conflict or once signed. */
    boolean updateDraft(long id, long patientId, int version, NoteContent content) {
        int updated = dsl.update(CLINICAL_NOTE)
                .set(CLINICAL_NOTE.SESSION_DATE, content.sessionDate())
                .set(CLINICAL_NOTE.VERSION, CLINICAL_NOTE.VERSION.plus(1))
                .where(CLINICAL_NOTE.ID.eq(id).and(CLINICAL_NOTE.VERSION.eq(version)).and(CLINICAL_NOTE.SIGNED_AT.isNull()))
                .execute();
        if (updated != 1) {
            return false;
        }
        switch (content) {
            case ScreeningContent s -> dsl.update(SCREENING_NOTE).set(screeningColumns(s))
                    .where(SCREENING_NOTE.NOTE_ID.eq(id)).execute();
            case PreparationContent p -> dsl.update(PREPARATION_NOTE).set(preparationColumns(p))
                    .where(PREPARATION_NOTE.NOTE_ID.eq(id)).execute();
            case IntegrationContent i -> {
                dsl.update(INTEGRATION_NOTE).set(integrationColumns(i)).where(INTEGRATION_NOTE.NOTE_ID.eq(id)).execute();
                dsl.deleteFrom(INTEGRATION_DOSE_LINK).where(INTEGRATION_DOSE_LINK.NOTE_ID.eq(id)).execute();
                insertLinks(id, patientId, i.dosingSessionIds());
            }
        }
        return true;
    }

    boolean sign(long id, int version, OffsetDateTime at) {
        return dsl.update(CLINICAL_NOTE)
                .set(CLINICAL_NOTE.SIGNED_AT, at)
                .set(CLINICAL_NOTE.VERSION, CLINICAL_NOTE.VERSION.plus(1))
                .where(CLINICAL_NOTE.ID.eq(id).and(CLINICAL_NOTE.VERSION.eq(version)).and(CLINICAL_NOTE.SIGNED_AT.isNull()))
                .execute() == 1;
    }

    boolean markEnteredInError(long id, int version, long byId, OffsetDateTime at, String reason) {
        return dsl.update(CLINICAL_NOTE)
                .set(CLINICAL_NOTE.ENTERED_IN_ERROR_AT, at)
                .set(CLINICAL_NOTE.ENTERED_IN_ERROR_BY, byId)
                .set(CLINICAL_NOTE.ENTERED_IN_ERROR_REASON, reason)
                .set(CLINICAL_NOTE.VERSION, CLINICAL_NOTE.VERSION.plus(1))
                .where(CLINICAL_NOTE.ID.eq(id).and(CLINICAL_NOTE.VERSION.eq(version))
                        .and(CLINICAL_NOTE.ENTERED_IN_ERROR_AT.isNull()))
                .execute() == 1;
    }

    long insertAddendum(long noteId, long authorId, OffsetDateTime at, String text) {
        return dsl.insertInto(NOTE_ADDENDUM)
                .set(NOTE_ADDENDUM.NOTE_ID, noteId)
                .set(NOTE_ADDENDUM.AUTHOR_ID, authorId)
                .set(NOTE_ADDENDUM.SIGNED_AT, at)
                .set(NOTE_ADDENDUM.TEXT, text)
                .returning(NOTE_ADDENDUM.ID)
                .fetchSingle(NOTE_ADDENDUM.ID);
    }

    Optional<NoteHeader> findHeader(long id) {
        return selectHeaders().where(CLINICAL_NOTE.ID.eq(id)).fetchOptional(NoteRepository::toHeader);
    }

    List<NoteHeader> headersOf(long patientId) {
        return selectHeaders().where(CLINICAL_NOTE.PATIENT_ID.eq(patientId))
                .orderBy(CLINICAL_NOTE.SESSION_DATE, CLINICAL_NOTE.ID)
                .fetch(NoteRepository::toHeader);
    }

    Optional<ClinicalNote> findNote(long id) {
        return findHeader(id).map(header -> new ClinicalNote(header, content(header), addenda(id)));
    }

    /** The decision of the latest signed screening that is not entered in error. */
    Optional<EligibilityDecision> latestScreeningDecision(long patientId) {
        return dsl.select(SCREENING_NOTE.DECISION)
                .from(SCREENING_NOTE).join(CLINICAL_NOTE).on(CLINICAL_NOTE.ID.eq(SCREENING_NOTE.NOTE_ID))
                .where(CLINICAL_NOTE.PATIENT_ID.eq(patientId).and(CLINICAL_NOTE.SIGNED_AT.isNotNull())
                        .and(CLINICAL_NOTE.ENTERED_IN_ERROR_AT.isNull()))
                .orderBy(CLINICAL_NOTE.SESSION_DATE.desc(), CLINICAL_NOTE.ID.desc())
                .limit(1)
                .fetchOptional(r -> EligibilityDecision.valueOf(r.value1()));
    }

    /** For each dosing session of the patient, the dates of the integration sessions (not in error) that follow it. */
    Map<Long, List<LocalDate>> integrationDatesByDose(long patientId) {
        return dsl.select(INTEGRATION_DOSE_LINK.DOSING_SESSION_ID, CLINICAL_NOTE.SESSION_DATE)
                .from(INTEGRATION_DOSE_LINK).join(CLINICAL_NOTE).on(CLINICAL_NOTE.ID.eq(INTEGRATION_DOSE_LINK.NOTE_ID))
                .where(INTEGRATION_DOSE_LINK.PATIENT_ID.eq(patientId).and(CLINICAL_NOTE.ENTERED_IN_ERROR_AT.isNull()))
                .orderBy(CLINICAL_NOTE.SESSION_DATE)
                .fetchGroups(INTEGRATION_DOSE_LINK.DOSING_SESSION_ID, CLINICAL_NOTE.SESSION_DATE);
    }

    private NoteContent content(NoteHeader header) {
        long id = header.id();
        return switch (header.kind()) {
            case SCREENING -> dsl.selectFrom(SCREENING_NOTE).where(SCREENING_NOTE.NOTE_ID.eq(id)).fetchSingle(r ->
                    new ScreeningContent(header.sessionDate(),
                            EnumCodes.decode(Contraindication.class, r.getContraindications()), r.getBaselineSystolic(),
                            r.getBaselineDiastolic(), r.getBaselineHeartRate(), r.getWeightKg(),
                            EligibilityDecision.valueOf(r.getDecision()), r.getRationale()));
            case PREPARATION -> dsl.selectFrom(PREPARATION_NOTE).where(PREPARATION_NOTE.NOTE_ID.eq(id)).fetchSingle(r ->
                    new PreparationContent(header.sessionDate(), r.getDurationMinutes(), r.getIntentions(),
                            EnumCodes.decode(PreparationTopic.class, r.getTopics()), Readiness.valueOf(r.getReadiness()),
                            r.getNote()));
            case INTEGRATION -> {
                Set<Long> doses = new HashSet<>(dsl.select(INTEGRATION_DOSE_LINK.DOSING_SESSION_ID)
                        .from(INTEGRATION_DOSE_LINK).where(INTEGRATION_DOSE_LINK.NOTE_ID.eq(id))
                        .fetch(INTEGRATION_DOSE_LINK.DOSING_SESSION_ID));
                yield dsl.selectFrom(INTEGRATION_NOTE).where(INTEGRATION_NOTE.NOTE_ID.eq(id)).fetchSingle(r ->
                        new IntegrationContent(header.sessionDate(), r.getDurationMinutes(), doses, r.getDataText(),
                                r.getAssessment(), r.getPlan(), r.getThemes(), r.getInsights(), r.getHomework(),
                                RiskCheck.valueOf(r.getRiskCheck()), r.getRiskNote()));
            }
        };
    }

    private List<Addendum> addenda(long noteId) {
        return dsl.select(NOTE_ADDENDUM.ID, APP_USER.FULL_NAME, NOTE_ADDENDUM.SIGNED_AT, NOTE_ADDENDUM.TEXT)
                .from(NOTE_ADDENDUM).join(APP_USER).on(APP_USER.ID.eq(NOTE_ADDENDUM.AUTHOR_ID))
                .where(NOTE_ADDENDUM.NOTE_ID.eq(noteId))
                .orderBy(NOTE_ADDENDUM.SIGNED_AT, NOTE_ADDENDUM.ID)
                .fetch(r -> new Addendum(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private void insertLinks(long noteId, long patientId, Set<Long> dosingSessionIds) {
        for (long doseId : dosingSessionIds) {
            dsl.insertInto(INTEGRATION_DOSE_LINK)
                    .set(INTEGRATION_DOSE_LINK.NOTE_ID, noteId)
                    .set(INTEGRATION_DOSE_LINK.DOSING_SESSION_ID, doseId)
                    .set(INTEGRATION_DOSE_LINK.PATIENT_ID, patientId)
                    .execute();
        }
    }

    private org.jooq.SelectOnConditionStep<Record> selectHeaders() {
        return dsl.select(CLINICAL_NOTE.fields()).select(AUTHOR.FULL_NAME, ERROR_BY.FULL_NAME)
                .from(CLINICAL_NOTE)
                .join(AUTHOR).on(AUTHOR.ID.eq(CLINICAL_NOTE.AUTHOR_ID))
                .leftJoin(ERROR_BY).on(ERROR_BY.ID.eq(CLINICAL_NOTE.ENTERED_IN_ERROR_BY));
    }

    private static NoteHeader toHeader(Record r) {
        EnteredInError error = r.get(CLINICAL_NOTE.ENTERED_IN_ERROR_AT) == null ? null : new EnteredInError(
                r.get(ERROR_BY.FULL_NAME), r.get(CLINICAL_NOTE.ENTERED_IN_ERROR_AT),
                r.get(CLINICAL_NOTE.ENTERED_IN_ERROR_REASON));
        return new NoteHeader(r.get(CLINICAL_NOTE.ID), r.get(CLINICAL_NOTE.PATIENT_ID),
                NoteKind.valueOf(r.get(CLINICAL_NOTE.KIND)), r.get(CLINICAL_NOTE.SESSION_DATE),
                r.get(CLINICAL_NOTE.AUTHOR_ID), r.get(AUTHOR.FULL_NAME), r.get(CLINICAL_NOTE.CREATED_AT),
                r.get(CLINICAL_NOTE.SIGNED_AT), error, r.get(CLINICAL_NOTE.VERSION));
    }

    private static Map<org.jooq.Field<?>, Object> screeningColumns(ScreeningContent s) {
        return Map.of(SCREENING_NOTE.CONTRAINDICATIONS, EnumCodes.encode(s.contraindications()),
                SCREENING_NOTE.BASELINE_SYSTOLIC, s.baselineSystolic(),
                SCREENING_NOTE.BASELINE_DIASTOLIC, s.baselineDiastolic(),
                SCREENING_NOTE.BASELINE_HEART_RATE, s.baselineHeartRate(),
                SCREENING_NOTE.WEIGHT_KG, s.weightKg(),
                SCREENING_NOTE.DECISION, s.decision().name(),
                SCREENING_NOTE.RATIONALE, s.rationale());
    }

    private static Map<org.jooq.Field<?>, Object> preparationColumns(PreparationContent p) {
        return Map.of(PREPARATION_NOTE.DURATION_MINUTES, p.durationMinutes(),
                PREPARATION_NOTE.INTENTIONS, p.intentions(),
                PREPARATION_NOTE.TOPICS, EnumCodes.encode(p.topics()),
                PREPARATION_NOTE.READINESS, p.readiness().name(),
                PREPARATION_NOTE.NOTE, p.note());
    }

    private static Map<org.jooq.Field<?>, Object> integrationColumns(IntegrationContent i) {
        return Map.of(INTEGRATION_NOTE.DURATION_MINUTES, i.durationMinutes(),
                INTEGRATION_NOTE.DATA_TEXT, i.dataText(),
                INTEGRATION_NOTE.ASSESSMENT, i.assessment(),
                INTEGRATION_NOTE.PLAN, i.plan(),
                INTEGRATION_NOTE.THEMES, i.themes(),
                INTEGRATION_NOTE.INSIGHTS, i.insights(),
                INTEGRATION_NOTE.HOMEWORK, i.homework(),
                INTEGRATION_NOTE.RISK_CHECK, i.riskCheck().name(),
                INTEGRATION_NOTE.RISK_NOTE, i.riskNote());
    }
}
