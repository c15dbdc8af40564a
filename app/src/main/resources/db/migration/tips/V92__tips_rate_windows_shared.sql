-- The public pages' rate limits per client address (tips stored, receipt codes looked up), until
-- now in one instance's memory, kept here so that every instance counts a client together.
CREATE TABLE tip_rate_window (
    scope      text NOT NULL CHECK (scope IN ('TIPS', 'RECEIPT_LOOKUPS')),
    client     text NOT NULL,
    started_at timestamptz NOT NULL,
    attempts   integer NOT NULL,
    PRIMARY KEY (scope, client)
);
CREATE INDEX tip_rate_window_by_start ON tip_rate_window (scope, started_at);
