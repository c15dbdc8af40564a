-- Each report names five or six keys, and every naming row checked that its key exists: a look-up
-- and a row lock per row, a fifth of linking's write time in a bulk import. Keys are never deleted
-- and a naming is written in the statement after its key's upsert, in one transaction, so the check
-- could never fail.
ALTER TABLE link_report_key DROP CONSTRAINT link_report_key_key_id_fkey;
