-- Known material: hash banks and their entries. Nothing here is ever deleted: a bank is retired, an
-- entry found to be a false positive is removed (marked, with a reason) and so also never re-imported.
CREATE TABLE media_bank (
    id               uuid PRIMARY KEY,
    name             text        NOT NULL,
    source           text        NOT NULL,
    default_category text        NOT NULL,
    severity         text        NOT NULL,
    pdq_radius       integer     NOT NULL DEFAULT 31 CHECK (pdq_radius BETWEEN 0 AND 64),
    enabled          boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    retired_at       timestamptz,
    retired_by       text
);
CREATE UNIQUE INDEX media_bank_name ON media_bank (lower(name));

-- Hashes are stored as bytes: half the space of hex, and the exact-hash indexes stay small.
-- The unique indexes lead with the hash, so they serve the exact look-up over all banks too, and
-- make a re-imported line add nothing (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE media_entry (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bank_id           uuid        NOT NULL REFERENCES media_bank (id),
    import_id         bigint,
    md5               bytea CHECK (octet_length(md5) = 16),
    sha1              bytea CHECK (octet_length(sha1) = 20),
    sha256            bytea CHECK (octet_length(sha256) = 32),
    pdq               bytea CHECK (octet_length(pdq) = 32),
    pdq_quality       smallint CHECK (pdq_quality BETWEEN 0 AND 100),
    category          text,
    series            text,
    victim_identified boolean     NOT NULL DEFAULT false,
    added_at          timestamptz NOT NULL DEFAULT now(),
    removed_at        timestamptz,
    removed_by        text,
    removed_reason    text,
    CHECK (md5 IS NOT NULL OR sha1 IS NOT NULL OR sha256 IS NOT NULL OR pdq IS NOT NULL)
);
CREATE UNIQUE INDEX media_entry_md5 ON media_entry (md5, bank_id) WHERE md5 IS NOT NULL;
CREATE UNIQUE INDEX media_entry_sha1 ON media_entry (sha1, bank_id) WHERE sha1 IS NOT NULL;
CREATE UNIQUE INDEX media_entry_sha256 ON media_entry (sha256, bank_id) WHERE sha256 IS NOT NULL;
CREATE UNIQUE INDEX media_entry_pdq ON media_entry (pdq, bank_id) WHERE pdq IS NOT NULL;
CREATE INDEX media_entry_by_import ON media_entry (import_id, id);

-- Imports: what was read, what was added, and the first errors by line number.
CREATE TABLE media_import (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bank_id     uuid        NOT NULL REFERENCES media_bank (id),
    file_name   text        NOT NULL,
    format      text        NOT NULL,
    status      text        NOT NULL,
    started_at  timestamptz NOT NULL,
    started_by  text        NOT NULL,
    finished_at timestamptz,
    -- Set when queued, started and at every batch: an import without a sign of life for long was
    -- interrupted (its instance stopped) and is marked failed when an instance starts.
    heartbeat_at timestamptz NOT NULL,
    lines_read  bigint      NOT NULL DEFAULT 0,
    added       bigint      NOT NULL DEFAULT 0,
    duplicates  bigint      NOT NULL DEFAULT 0,
    errors      bigint      NOT NULL DEFAULT 0,
    ignored     bigint      NOT NULL DEFAULT 0,
    failure     text
);
CREATE INDEX media_import_newest ON media_import (started_at DESC);

CREATE TABLE media_import_error (
    import_id bigint NOT NULL REFERENCES media_import (id),
    line      bigint NOT NULL,
    message   text   NOT NULL,
    PRIMARY KEY (import_id, line)
);

-- Which partner organisations may look hashes up in which bank.
CREATE TABLE media_bank_share (
    bank_id         uuid        NOT NULL REFERENCES media_bank (id),
    organisation_id uuid        NOT NULL,
    shared_at       timestamptz NOT NULL,
    shared_by       text        NOT NULL,
    PRIMARY KEY (bank_id, organisation_id)
);

-- Every change the in-memory PDQ index must follow, in commit order (writers take an advisory lock
-- before appending, held to commit): entries added (a range of one import's ids), an entry removed,
-- a bank changed. Each application instance polls for rows after the last it applied.
CREATE TABLE media_change (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text        NOT NULL,
    bank_id    uuid,
    import_id  bigint,
    entry_from bigint,
    entry_to   bigint,
    changed_at timestamptz NOT NULL DEFAULT now()
);
