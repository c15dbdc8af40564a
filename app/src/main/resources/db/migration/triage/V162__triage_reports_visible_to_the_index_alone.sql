-- V161 rewrote triage_report, and a rewritten table has no page marked all-visible until it is
-- vacuumed: until then every index-only read of a cluster visits the table for each row anyway, and
-- autovacuum, counting inserts since its last run, would not come for hundreds of thousands of reports.
-- VACUUM cannot run in a transaction (V162__….sql.conf).
VACUUM (ANALYZE) triage_report;
