-- The identifier index was a b-tree on (kind, value): a b-tree entry may be at most 2,704 bytes, and
-- a profile address may be 2,048 characters, 6 KB in Chinese. Such a report failed to insert, and
-- with it every report stored in the same transaction. A hash index keeps a 4-byte hash of each
-- value, so no value is too long for it; it serves the one lookup made on it (value = ?), with the
-- kind and platform checked on the rows found. It is crash-safe and replicated (PostgreSQL 10+).
DROP INDEX report_identifier_by_value;
CREATE INDEX report_identifier_by_value ON report_identifier USING hash (value);
