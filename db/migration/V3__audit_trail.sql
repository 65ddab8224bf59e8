-- Append-only audit trail: who did what to which record, and when. Each entry carries a SHA-256
-- hash over its content and the previous entry's hash, so an edit, removal or insertion of past
-- entries is detected when the chain is verified. Ids are gap-free: the writer assigns them.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    record_type VARCHAR(40),
    record_id   BIGINT,
    patient_id  BIGINT,
    detail      VARCHAR(4000),
    prev_hash   CHAR(64)     NOT NULL,
    entry_hash  CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, at);
CREATE INDEX audit_entry_patient_idx ON audit_entry (patient_id, at);

-- The end of the chain. Writers lock this one row, so concurrent writers append one after the other
-- and never fork the chain.
CREATE TABLE audit_chain_head (
    id            INT      NOT NULL PRIMARY KEY,
    last_entry_id BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single_row CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_entry_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
