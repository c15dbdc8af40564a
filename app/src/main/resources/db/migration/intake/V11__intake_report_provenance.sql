-- Which API key sent each industry report: the report row is the record of a machine's write,
-- so single reports need no audit entry each (the audit chain serialises its appends).
ALTER TABLE report ADD COLUMN api_key_id uuid REFERENCES api_key (id);
