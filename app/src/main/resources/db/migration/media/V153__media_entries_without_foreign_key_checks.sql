-- Every imported entry checked that its bank exists: a look-up and a lock on the same bank row for
-- each of ten million lines, by four writers at once. Banks are never deleted (they are retired),
-- and entries are written only by an import, for the bank its media_import row names, which keeps
-- its own check; so the entries' check could never fail.
ALTER TABLE media_entry DROP CONSTRAINT media_entry_bank_id_fkey;
