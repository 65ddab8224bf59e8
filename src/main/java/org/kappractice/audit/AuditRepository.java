package org.kappractice.audit;

import static org.kappractice.db.Tables.AUDIT_ENTRY;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void append(OffsetDateTime at, String actor, AuditAction action, String recordType, Long recordId,
                Long patientId, String detail) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.AT, at)
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.RECORD_TYPE, recordType)
                .set(AUDIT_ENTRY.RECORD_ID, recordId)
                .set(AUDIT_ENTRY.PATIENT_ID, patientId)
                .set(AUDIT_ENTRY.DETAIL, detail)
                .execute();
    }

    int countSince(String actor, AuditAction action, OffsetDateTime since) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR.eq(actor)
                .and(AUDIT_ENTRY.ACTION.eq(action.name()))
                .and(AUDIT_ENTRY.AT.gt(since)));
    }

    OffsetDateTime lastAt(String actor, AuditAction action) {
        return dsl.select(org.jooq.impl.DSL.max(AUDIT_ENTRY.AT)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTOR.eq(actor).and(AUDIT_ENTRY.ACTION.eq(action.name())))
                .fetchOne(0, OffsetDateTime.class);
    }

}
