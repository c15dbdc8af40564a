-- From here on each entry's hash is an HMAC-SHA-256 under the audit key (HIFAZAT_AUDIT_KEY), which
-- the database never holds. Entries already written keep the plain SHA-256 they were written with and
-- are verified as written: keyed_from is the first entry written with the key. It never changes, and
-- every checkpoint exported from the chain records it.
CREATE TABLE audit_chain (
    id         integer PRIMARY KEY CHECK (id = 1),
    keyed_from bigint NOT NULL
);
INSERT INTO audit_chain (id, keyed_from) SELECT 1, seq + 1 FROM audit_head;

CREATE TRIGGER audit_chain_is_fixed BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
