-- Intake's files by MD5 and by SHA-256 have had no reader: a file's hash is looked up in the known-
-- material module's own copy (media_report_file, with its own indexes), and intake reads its files by
-- report only. Each file still added an entry at a random place in both: at 3 million reports 424 MB
-- and 264 MB, zero scans over a week of benchmarks (pg_stat_user_indexes), a page read back and,
-- after every checkpoint, a page image in the WAL for each, on every report's way to its receipt.
DROP INDEX report_file_by_md5;
DROP INDEX report_file_by_sha256;
