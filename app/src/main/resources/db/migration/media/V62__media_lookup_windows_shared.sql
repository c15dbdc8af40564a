-- Lookups per partner organisation and minute, kept here so that every instance counts an
-- organisation together (one row per organisation: its current window).
CREATE TABLE lookup_window (
    organisation_id uuid PRIMARY KEY,
    started_at      timestamptz NOT NULL,
    used            integer NOT NULL
);
