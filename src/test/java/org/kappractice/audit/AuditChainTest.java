package org.kappractice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.AUDIT_CHAIN_HEAD;
import static org.kappractice.db.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.db.tables.records.AuditEntryRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tampering directly in the database (past the append-only trigger) is detected by verification.
 * The tampering tests verify through the repository, which records nothing, and then undo the tampering.
 */
@KapTest
class AuditChainTest {
    @Autowired AuditTrail audit;
    @Autowired AuditRepository chain;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;

    private AuditEntryRecord victim;

    @BeforeEach
    void someHistory() {
        for (int i = 0; i < 3; i++) {
            audit.recordFor("chain.tester", AuditAction.SIGN_IN, "history " + i);
        }
        victim = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.DETAIL.eq("history 1"))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchSingle();
        signedIn.as(Demo.SUPERVISOR);
        assertThat(audit.verify().intact()).as("intact before tampering").isTrue();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anIntactChainReportsItsLength() {
        ChainVerification result = audit.verify();
        long entries = dsl.fetchCount(AUDIT_ENTRY) - 1; // the verification itself is then recorded
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(entries);
        assertThat(result.finding()).isEqualTo("Audit trail intact, " + entries + " entries.");
    }

    @Test
    void aChangedEntryIsDetected() {
        tamper(() -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, "someone.else")
                .where(AUDIT_ENTRY.ID.eq(victim.getId())).execute());
        try {
            assertThat(chain.verify()).extracting(ChainVerification::intact, ChainVerification::finding)
                    .containsExactly(false, "Entry #" + victim.getId() + " has been changed.");
        } finally {
            tamper(() -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, victim.getActor())
                    .where(AUDIT_ENTRY.ID.eq(victim.getId())).execute());
        }
    }

    @Test
    void aRemovedEntryIsDetected() {
        tamper(() -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(victim.getId())).execute());
        try {
            assertThat(chain.verify().finding()).isEqualTo("Entry #" + victim.getId() + " has been removed.");
        } finally {
            tamper(() -> insertCopy(victim));
        }
    }

    @Test
    void aReplacedEntryWithAFreshlyComputedHashIsDetected() {
        String forged = AuditHash.of(victim.getId(), victim.getAt(), "forger", victim.getAction(), null, null, null,
                "forged", victim.getPrevHash());
        tamper(() -> {
            dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(victim.getId())).execute();
            AuditEntryRecord forgery = victim.copy();
            forgery.setId(victim.getId());
            forgery.setActor("forger");
            forgery.setDetail("forged");
            forgery.setEntryHash(forged);
            insertCopy(forgery);
        });
        try {
            assertThat(chain.verify().finding()).isEqualTo("Entry #" + (victim.getId() + 1)
                    + " does not follow entry #" + victim.getId() + ": an entry has been inserted or replaced.");
        } finally {
            tamper(() -> {
                dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(victim.getId())).execute();
                insertCopy(victim);
            });
        }
    }

    @Test
    void anEntryInsertedAfterTheEndIsDetected() {
        var head = dsl.selectFrom(AUDIT_CHAIN_HEAD).fetchSingle();
        long id = head.getLastEntryId() + 1;
        AuditEntryRecord inserted = victim.copy();
        inserted.setId(id);
        inserted.setDetail("slipped in");
        inserted.setPrevHash(head.getLastHash());
        inserted.setEntryHash(AuditHash.of(id, inserted.getAt(), inserted.getActor(), inserted.getAction(),
                inserted.getRecordType(), inserted.getRecordId(), inserted.getPatientId(), "slipped in", head.getLastHash()));
        tamper(() -> insertCopy(inserted));
        try {
            assertThat(chain.verify().finding()).isEqualTo("Entry #" + id + " has been inserted after the end of the chain.");
        } finally {
            tamper(() -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(id)).execute());
        }
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        int before = dsl.fetchCount(AUDIT_ENTRY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        audit.recordFor("writer" + writer, AuditAction.SIGN_IN, "parallel " + i);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(dsl.fetchCount(AUDIT_ENTRY)).isEqualTo(before + 100);
        ChainVerification result = audit.verify();
        assertThat(result.intact()).as(result.finding()).isTrue();
    }

    @Test
    void onlySupervisorsAndAdminsVerify() {
        signedIn.as(Demo.THERAPIST);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
        signedIn.as(Demo.ADMIN);
        assertThat(audit.verify().intact()).isTrue();
    }

    private void insertCopy(AuditEntryRecord source) {
        AuditEntryRecord row = dsl.newRecord(AUDIT_ENTRY);
        row.from(source);
        dsl.insertInto(AUDIT_ENTRY).set(row).execute();
    }

    /** Steps past the append-only trigger, as someone with direct database access could. */
    private void tamper(Runnable change) {
        dsl.execute("DROP TRIGGER audit_entry_append_only");
        try {
            change.run();
        } finally {
            dsl.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry "
                    + "FOR EACH ROW CALL \"org.kappractice.base.db.RefuseRewriteTrigger\"");
        }
    }
}
