-- Each bank's entries counted as they are added and removed, in the same transaction, so that the
-- banks page does not count ten million rows on every visit (it took seconds, and longer while an
-- import was writing). Started from the entries already stored.
CREATE TABLE media_bank_tally (
    bank_id uuid PRIMARY KEY REFERENCES media_bank (id),
    live    bigint NOT NULL CHECK (live >= 0),
    pdq     bigint NOT NULL CHECK (pdq >= 0),
    removed bigint NOT NULL CHECK (removed >= 0)
);
INSERT INTO media_bank_tally (bank_id, live, pdq, removed)
SELECT bank_id, count(*) FILTER (WHERE removed_at IS NULL), count(*) FILTER (WHERE pdq IS NOT NULL AND removed_at IS NULL),
       count(*) FILTER (WHERE removed_at IS NOT NULL)
FROM media_entry GROUP BY bank_id;
