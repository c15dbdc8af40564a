-- A report attached to a case (opened from it or its cluster, or attached later) leaves the queue:
-- the case number it went to, and the outcome that says so.
ALTER TABLE triage_report ADD COLUMN case_number text;
