package org.kappractice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kappractice.db.Tables.AUDIT_ENTRY;
import static org.kappractice.db.Tables.PATIENT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kappractice.KapTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.jooq.exception.DataAccessException;

@KapTest
class AuditTrailTest {
    @Autowired AuditTrail audit;
    @Autowired DSLContext dsl;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
        audit.recordFor("someone", AuditAction.SIGN_IN, "kept as written");
        long id = dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).where(AUDIT_ENTRY.DETAIL.eq("kept as written"))
                .fetchSingle(AUDIT_ENTRY.ID);

        assertThatThrownBy(() -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, "someone else")
                .where(AUDIT_ENTRY.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("UPDATE on audit_entry refused");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DELETE on audit_entry refused");
        assertThat(dsl.fetchSingle(AUDIT_ENTRY, AUDIT_ENTRY.ID.eq(id)).getActor()).isEqualTo("someone");
    }

    @Test
    void theDatabaseRefusesToDeleteACaseFile() {
        long anyPatient = dsl.select(PATIENT.ID).from(PATIENT).limit(1).fetchSingle(PATIENT.ID);
        assertThatThrownBy(() -> dsl.deleteFrom(PATIENT).where(PATIENT.ID.eq(anyPatient)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DELETE on patient refused");
        assertThat(dsl.fetchExists(PATIENT, PATIENT.ID.eq(anyPatient))).isTrue();
    }

    @Test
    void anEntryWithoutASignedInUserIsRecordedAsTheSystem() {
        audit.record(AuditAction.CREATE, "test", 1L, null, "system entry " + System.nanoTime());
        assertThat(dsl.select(AUDIT_ENTRY.ACTOR).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                .fetchSingle(AUDIT_ENTRY.ACTOR)).isEqualTo("system");
    }
}
