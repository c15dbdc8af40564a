-- The application's role may read the audit log and append to it, and nothing more: no UPDATE,
-- DELETE or TRUNCATE of an entry, no change to the cut-over. The trigger that refuses those no longer
-- rests on a role that could switch it off. It moves the head, which appenders lock and update.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'hifazat_app') THEN
        REVOKE ALL ON audit_entry, audit_head, audit_chain FROM hifazat_app;
        GRANT SELECT, INSERT ON audit_entry TO hifazat_app;
        GRANT SELECT, UPDATE ON audit_head TO hifazat_app;
        GRANT SELECT ON audit_chain TO hifazat_app;
    END IF;
END $$;
