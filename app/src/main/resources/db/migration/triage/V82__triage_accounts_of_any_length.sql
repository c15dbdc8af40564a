-- An account is whatever a report names, and a report may name one longer than an index row can
-- hold (a 6 kB "handle" stopped triage of its whole batch). Accounts are only ever reached through
-- their report, so the key is the report and a digest of the account, never the account itself.
ALTER TABLE triage_account DROP CONSTRAINT triage_account_pkey;
DROP INDEX triage_account_in_time;
DROP INDEX triage_account_by_report;
CREATE UNIQUE INDEX triage_account_once ON triage_account (report_id, md5(account));
