-- H2-specific (Flyway location db/{vendor}): the database itself refuses to rewrite history.
-- Past audit entries are never changed or removed; a case file is never deleted.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";

CREATE TRIGGER patient_never_deleted BEFORE DELETE ON patient
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
