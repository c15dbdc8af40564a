-- Fixed windows of attempts per client, for every rate limit that all instances must count together
-- (the public pages' tips and receipt look-ups, partners' hash look-ups): one table and one upsert
-- (pk.hifazat.database.RateWindows) instead of one per module. The scope names the limit.
CREATE TABLE rate_window (
    scope      text NOT NULL,
    client     text NOT NULL,
    started_at timestamptz NOT NULL,
    attempts   integer NOT NULL,
    PRIMARY KEY (scope, client)
);
CREATE INDEX rate_window_by_start ON rate_window (scope, started_at);
