-- Linking keeps its own copy of what it compares: every identifier and file hash a report names (a
-- "key"), which reports name each key, and which cluster each report is in. It never reads intake's
-- tables: it is fed by intake's events.

-- A cluster: reports joined by strong keys. Its size decides which side of a merge moves (the smaller).
CREATE TABLE link_cluster (
    id         uuid PRIMARY KEY,
    size       integer NOT NULL CHECK (size > 0),
    created_at timestamptz NOT NULL
);

-- One row per distinct identifier or file hash. The digest (MD5 of kind, platform and value, as a
-- uuid) is what is looked up: a fixed 16 bytes whatever the value's length, as intake's V17 found.
-- kind: an identifier kind, a hash algorithm (MD5, SHA1, SHA256, PDQ), or HANDLE: a username
-- case-folded without its platform, the key of the weak "same handle elsewhere" link.
-- degree: how many reports name it; variants: for a HANDLE, how many distinct usernames fold to it.
CREATE TABLE link_key (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    digest    uuid NOT NULL UNIQUE,
    kind      text NOT NULL,
    value     text NOT NULL,
    platform  text,
    handle    text,
    strong    boolean NOT NULL,
    degree    integer NOT NULL DEFAULT 0,
    variants  integer NOT NULL DEFAULT 0,
    confirmed boolean NOT NULL DEFAULT false
) WITH (fillfactor = 90);
-- The usernames that fold to one handle, for the weak-link page.
CREATE INDEX link_key_by_handle ON link_key (md5(handle)) WHERE handle IS NOT NULL;
-- Handles named in two spellings or on two platforms and not yet confirmed: the weak-link page.
CREATE INDEX link_key_weak_handles ON link_key (degree DESC, id) WHERE kind = 'HANDLE' AND variants > 1 AND NOT confirmed;

-- Which reports name which key. received_at orders "the other reports naming it", newest first;
-- times holds an IP address's capture times where the report gave them.
CREATE TABLE link_report_key (
    key_id      bigint NOT NULL REFERENCES link_key (id),
    report_id   uuid NOT NULL,
    received_at timestamptz NOT NULL,
    times       timestamptz[],
    PRIMARY KEY (key_id, received_at, report_id)
);
CREATE INDEX link_report_key_by_report ON link_report_key (report_id);

-- Where each report is. fingerprint: MD5 of its identifiers' and files' digests, sorted (null when it
-- names none); content: MD5 of what its incident says, for an organisation's repeats.
CREATE TABLE link_report (
    report_id       uuid PRIMARY KEY,
    cluster_id      uuid NOT NULL REFERENCES link_cluster (id),
    received_at     timestamptz NOT NULL,
    organisation_id uuid,
    fingerprint     uuid,
    content         uuid NOT NULL,
    duplicate_of    uuid REFERENCES link_report (report_id)
);
CREATE INDEX link_report_by_cluster ON link_report (cluster_id, received_at, report_id);
CREATE INDEX link_report_by_fingerprint ON link_report (fingerprint, received_at) WHERE fingerprint IS NOT NULL;
CREATE INDEX link_report_by_organisation_content ON link_report (organisation_id, content) WHERE organisation_id IS NOT NULL;
CREATE INDEX link_report_duplicates ON link_report (duplicate_of, received_at) WHERE duplicate_of IS NOT NULL;

-- A key with many reports: a candidate for noise once its degree passes the candidate threshold, and
-- an analyst's decision on it. NOISE: joins nothing; NOT_NOISE: a real identifier, links even above
-- the ceiling on automatic merges; CANDIDATE: nobody has decided yet.
CREATE TABLE link_key_decision (
    key_id          bigint PRIMARY KEY REFERENCES link_key (id),
    state           text NOT NULL CHECK (state IN ('CANDIDATE', 'NOISE', 'NOT_NOISE')),
    candidate_since timestamptz NOT NULL,
    reason          text,
    decided_by      text,
    decided_at      timestamptz
);
CREATE INDEX link_key_decision_by_state ON link_key_decision (state, candidate_since DESC);
