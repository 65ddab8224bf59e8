package org.kappractice.settings;

import static org.kappractice.db.Tables.PRACTICE_SETTINGS;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PracticeSettingsRepository {
    private final DSLContext dsl;

    PracticeSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    VersionedSettings find() {
        var r = dsl.selectFrom(PRACTICE_SETTINGS).where(PRACTICE_SETTINGS.ID.eq(1)).fetchSingle();
        return new VersionedSettings(new PracticeSettings(r.getRequiredPreparationSessions(), r.getHoldSystolic(),
                r.getHoldDiastolic(), r.getIntegrationDueDays(), r.getApprovalWarningDays()), r.getVersion());
    }

    boolean update(int version, PracticeSettings s) {
        return dsl.update(PRACTICE_SETTINGS)
                .set(PRACTICE_SETTINGS.REQUIRED_PREPARATION_SESSIONS, s.requiredPreparationSessions())
                .set(PRACTICE_SETTINGS.HOLD_SYSTOLIC, s.holdSystolic())
                .set(PRACTICE_SETTINGS.HOLD_DIASTOLIC, s.holdDiastolic())
                .set(PRACTICE_SETTINGS.INTEGRATION_DUE_DAYS, s.integrationDueDays())
                .set(PRACTICE_SETTINGS.APPROVAL_WARNING_DAYS, s.approvalWarningDays())
                .set(PRACTICE_SETTINGS.VERSION, PRACTICE_SETTINGS.VERSION.plus(1))
                .where(PRACTICE_SETTINGS.ID.eq(1).and(PRACTICE_SETTINGS.VERSION.eq(version)))
                .execute() == 1;
    }
}
