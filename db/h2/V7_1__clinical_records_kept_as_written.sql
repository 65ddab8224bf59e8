-- H2-specific (Flyway location db/{vendor}): the database itself keeps clinical records as written.
-- Nothing clinical is deleted; signatures, addenda, chaperone readings and adverse events never change.
CREATE TRIGGER clinical_note_never_deleted BEFORE DELETE ON clinical_note
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER screening_note_never_deleted BEFORE DELETE ON screening_note
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER preparation_note_never_deleted BEFORE DELETE ON preparation_note
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER integration_note_never_deleted BEFORE DELETE ON integration_note
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER note_addendum_kept BEFORE UPDATE, DELETE ON note_addendum
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER home_dose_approval_never_deleted BEFORE DELETE ON home_dose_approval
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER approval_signature_kept BEFORE UPDATE, DELETE ON approval_signature
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER chaperone_never_deleted BEFORE DELETE ON chaperone
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER dosing_session_never_deleted BEFORE DELETE ON dosing_session
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER chaperone_reading_kept BEFORE UPDATE, DELETE ON chaperone_reading
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";
CREATE TRIGGER adverse_event_kept BEFORE UPDATE, DELETE ON adverse_event
    FOR EACH ROW CALL "org.kappractice.base.db.RefuseRewriteTrigger";

-- Signed notes and recorded dosing sessions are locked: only the entered-in-error mark may change.
CREATE TRIGGER clinical_note_locked_when_signed BEFORE UPDATE ON clinical_note
    FOR EACH ROW CALL "org.kappractice.base.db.LockedWhenSignedTrigger";
CREATE TRIGGER dosing_session_locked_when_recorded BEFORE UPDATE ON dosing_session
    FOR EACH ROW CALL "org.kappractice.base.db.LockedWhenSignedTrigger";

-- The content of a signed note, and the doses an integration note follows, are locked with it.
CREATE TRIGGER screening_note_locked BEFORE UPDATE ON screening_note
    FOR EACH ROW CALL "org.kappractice.base.db.SignedNoteContentTrigger";
CREATE TRIGGER preparation_note_locked BEFORE UPDATE ON preparation_note
    FOR EACH ROW CALL "org.kappractice.base.db.SignedNoteContentTrigger";
CREATE TRIGGER integration_note_locked BEFORE UPDATE ON integration_note
    FOR EACH ROW CALL "org.kappractice.base.db.SignedNoteContentTrigger";
CREATE TRIGGER integration_dose_link_locked BEFORE INSERT, UPDATE, DELETE ON integration_dose_link
    FOR EACH ROW CALL "org.kappractice.base.db.SignedNoteContentTrigger";
