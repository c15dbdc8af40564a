-- Two things every placed report paid for and nothing used.
-- The index on (organisation_id, content) has had no reader since duplicates are looked up by their
-- fingerprint alone (ClusterStore.ORIGINALS); each industry report still added an entry at a random
-- place in it: a page read back and, after every checkpoint, a page image in the WAL. 178 MB at 2
-- million reports, zero scans in a day of benchmarks (pg_stat_user_indexes).
DROP INDEX link_report_by_organisation_content;

-- Each placed report, and each report a merge or a split moves, checked that its cluster exists: a
-- look-up and a row lock per report. The check could never fail: a report is placed, under linking's
-- lock, in a cluster that the same statement creates or that was read under that lock, and a cluster
-- is removed only by the merge that moves its reports out, in that same statement (as V151 found
-- for the namings).
ALTER TABLE link_report DROP CONSTRAINT link_report_cluster_id_fkey;
