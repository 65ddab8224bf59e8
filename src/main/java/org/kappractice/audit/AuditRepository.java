package org.kappractice.audit;

import static org.kappractice.db.Tables.AUDIT_CHAIN_HEAD;
import static org.kappractice.db.Tables.AUDIT_ENTRY;

import java.time.OffsetDateTime;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kappractice.db.tables.records.AuditChainHeadRecord;
import org.kappractice.db.tables.records.AuditEntryRecord;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Appends one entry to the chain. Locks the chain head until the caller's transaction ends, so
     * writers take turns; a caller must therefore not wait on another transaction that appends.
     */
    void append(OffsetDateTime at, String actor, AuditAction action, String recordType, Long recordId,
                Long patientId, String detail) {
        AuditChainHeadRecord head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .forUpdate().fetchSingle();
        // past the head and past any row slipped in behind it, so tampering cannot block writing
        long id = Math.max(head.getLastEntryId(),
                dsl.select(DSL.coalesce(DSL.max(AUDIT_ENTRY.ID), 0L)).from(AUDIT_ENTRY).fetchSingle().value1()) + 1;
        String hash = AuditHash.of(id, at, actor, action.name(), recordType, recordId, patientId, detail,
                head.getLastHash());
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, id)
                .set(AUDIT_ENTRY.AT, at)
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.RECORD_TYPE, recordType)
                .set(AUDIT_ENTRY.RECORD_ID, recordId)
                .set(AUDIT_ENTRY.PATIENT_ID, patientId)
                .set(AUDIT_ENTRY.DETAIL, detail)
                .set(AUDIT_ENTRY.PREV_HASH, head.getLastHash())
                .set(AUDIT_ENTRY.ENTRY_HASH, hash)
                .execute();
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_ENTRY_ID, id)
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, hash)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .execute();
    }

    /** Walks every entry in order, streaming, and reports the first break in the chain. */
    ChainVerification verify() {
        AuditChainHeadRecord head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle();
        long expectedId = 1;
        String previousHash = AuditHash.GENESIS;
        try (Cursor<AuditEntryRecord> entries = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID)
                .fetchSize(1000).fetchLazy()) {
            for (AuditEntryRecord e : entries) {
                long checked = expectedId - 1;
                if (e.getId() > expectedId) {
                    return ChainVerification.broken(checked, "Entry #" + expectedId + " has been removed.");
                }
                String recomputed = AuditHash.of(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getRecordType(),
                        e.getRecordId(), e.getPatientId(), e.getDetail(), e.getPrevHash());
                if (!recomputed.equals(e.getEntryHash())) {
                    return ChainVerification.broken(checked, "Entry #" + e.getId() + " has been changed.");
                }
                if (!e.getPrevHash().equals(previousHash)) {
                    return ChainVerification.broken(checked, "Entry #" + e.getId()
                            + " does not follow entry #" + (e.getId() - 1) + ": an entry has been inserted or replaced.");
                }
                previousHash = e.getEntryHash();
                expectedId++;
            }
        }
        long entries = expectedId - 1;
        if (head.getLastEntryId() > entries) {
            return ChainVerification.broken(entries, "Entry #" + (entries + 1) + " has been removed.");
        }
        if (head.getLastEntryId() < entries || !head.getLastHash().equals(previousHash)) {
            return ChainVerification.broken(entries, "Entry #" + entries + " has been inserted after the end of the chain.");
        }
        return ChainVerification.intact(entries);
    }

    int countSince(String actor, AuditAction action, OffsetDateTime since) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR.eq(actor)
                .and(AUDIT_ENTRY.ACTION.eq(action.name()))
                .and(AUDIT_ENTRY.AT.gt(since)));
    }

    OffsetDateTime lastAt(String actor, AuditAction action) {
        return dsl.select(DSL.max(AUDIT_ENTRY.AT)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTOR.eq(actor).and(AUDIT_ENTRY.ACTION.eq(action.name())))
                .fetchOne(0, OffsetDateTime.class);
    }
}
