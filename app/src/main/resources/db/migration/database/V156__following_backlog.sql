-- Work that only follows a report's path to its queue (the networks' graph, the statistics) waits here
-- until that path is quiet: a following listener stores its event and completes at once, and the
-- follower takes the events in order, a few at a time, in the transaction that does their work
-- (pk.hifazat.database.Following). Events waiting in the publication registry instead would be taken
-- for stalled after a minute and handed out again, and again, for as long as a flood lasts.
CREATE TABLE following_backlog (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    follower  text NOT NULL,
    event     text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX following_backlog_by_follower ON following_backlog (follower, id);
