-- A cluster's decision reads every report of the cluster, and a cluster's reports arrive over weeks,
-- so each lay on a heap page of its own: beside 3 M reports, 100 clusters of 20 to 49 reports read
-- 3,906 pages (995 ms, cold). Kept in one index, keyed by cluster and holding every column the
-- decision reads, they lie side by side and are read without the table: 330 pages (16 ms). The
-- decision's write finds the few reports whose open flag no longer matches their item there as well.
--
-- Accounts may be of any length (V82), and an index entry holds at most about 2.7 kB, so the index
-- holds a report's accounts only while they are short (accounts_listed, NULL beyond 1,000 bytes);
-- the decision reads longer ones from the table. Reasons are codes of the fixed rules, never long.
CREATE FUNCTION triage_accounts_short_enough(accounts text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN (SELECT coalesce(sum(octet_length(a) + 8), 0) FROM unnest(accounts) AS a) <= 1000
                THEN accounts END;

ALTER TABLE triage_report
    ADD COLUMN accounts_listed text[] GENERATED ALWAYS AS (triage_accounts_short_enough(accounts)) STORED;

CREATE INDEX triage_report_in_cluster ON triage_report (cluster_id, received_at, report_id)
    INCLUDE (priority, youngest_age, duplicate_of, district_code, district_rule, source, abroad_country, reasons,
             accounts_listed, open);

DROP INDEX triage_report_by_cluster;
