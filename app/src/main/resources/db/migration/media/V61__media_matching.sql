-- The hashes of every report's files, kept by this module from what intake announced (never read
-- from intake's tables), so that stored reports can be matched again when a bank grows.
CREATE TABLE media_report_file (
    report_id   uuid        NOT NULL,
    file        integer     NOT NULL,
    md5         bytea,
    sha1        bytea,
    sha256      bytea,
    pdq         bytea,
    pdq_quality smallint,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (report_id, file)
);
CREATE INDEX media_report_file_md5 ON media_report_file (md5) WHERE md5 IS NOT NULL;
CREATE INDEX media_report_file_sha1 ON media_report_file (sha1) WHERE sha1 IS NOT NULL;
CREATE INDEX media_report_file_sha256 ON media_report_file (sha256) WHERE sha256 IS NOT NULL;

CREATE TABLE media_match (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id  uuid        NOT NULL,
    file       integer     NOT NULL,
    bank_id    uuid        NOT NULL REFERENCES media_bank (id),
    entry_id   bigint      NOT NULL REFERENCES media_entry (id),
    algorithm  text        NOT NULL,
    distance   integer     NOT NULL,
    matched_at timestamptz NOT NULL,
    UNIQUE (report_id, file, entry_id)
);
CREATE INDEX media_match_newest ON media_match (matched_at DESC, id DESC);

-- A file with a usable PDQ hash that matched nothing: a possible new victim, waiting for a look.
-- Hashes and metadata only; known_at is set when a bank later matches it.
CREATE TABLE media_unknown_file (
    report_id   uuid        NOT NULL,
    file        integer     NOT NULL,
    pdq         bytea       NOT NULL,
    found_at    timestamptz NOT NULL,
    known_at    timestamptz,
    looked_at   timestamptz,
    looked_by   text,
    PRIMARY KEY (report_id, file)
);
CREATE INDEX media_unknown_waiting ON media_unknown_file (found_at DESC) WHERE known_at IS NULL AND looked_at IS NULL;
