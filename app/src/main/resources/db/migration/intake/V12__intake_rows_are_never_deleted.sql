-- Reports, the organisations that send them and their API keys are kept for good: nothing in
-- Hifazat deletes them, and from now on the database refuses to. That refusal is what keeps every
-- identifier and file row pointing at its report, and every report at its organisation and key,
-- so the foreign keys below are no longer needed on the write path. They were checked once per
-- inserted row (nine checks for a report with five identifiers and two files), and the checks on
-- the organisation and the key locked the same two rows from every transaction that stored a
-- report; together about a third of the database's time on each report.
ALTER TABLE report_identifier DROP CONSTRAINT IF EXISTS report_identifier_report_id_fkey;
ALTER TABLE report_file DROP CONSTRAINT IF EXISTS report_file_report_id_fkey;
ALTER TABLE report DROP CONSTRAINT IF EXISTS report_organisation_id_fkey;
ALTER TABLE report DROP CONSTRAINT IF EXISTS report_api_key_id_fkey;

CREATE FUNCTION intake_row_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are kept for good: they cannot be deleted or renumbered', TG_TABLE_NAME;
END $$;

CREATE TRIGGER report_is_kept BEFORE DELETE OR TRUNCATE OR UPDATE OF id ON report
    FOR EACH STATEMENT EXECUTE FUNCTION intake_row_is_kept();
CREATE TRIGGER reporting_organisation_is_kept BEFORE DELETE OR TRUNCATE OR UPDATE OF id ON reporting_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION intake_row_is_kept();
CREATE TRIGGER api_key_is_kept BEFORE DELETE OR TRUNCATE OR UPDATE OF id, organisation_id ON api_key
    FOR EACH STATEMENT EXECUTE FUNCTION intake_row_is_kept();
