-- Intake: the organisations that report through the API, their keys, and every report received.

CREATE TABLE reporting_organisation (
    id         uuid PRIMARY KEY,
    name       text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('PLATFORM', 'NCMEC', 'PARTNER_AGENCY')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reporting_organisation_name ON reporting_organisation (lower(name));

-- A key is kept only as its SHA-256: it is 256 random bits, so a slow password hash would add
-- nothing but latency to every API call. The prefix lets people recognise a key in lists.
CREATE TABLE api_key (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES reporting_organisation (id),
    key_hash        bytea NOT NULL UNIQUE,
    prefix          text NOT NULL,
    label           text NOT NULL,
    issued_at       timestamptz NOT NULL,
    issued_by       text NOT NULL,
    revoked_at      timestamptz,
    revoked_by      text
);
CREATE INDEX api_key_by_organisation ON api_key (organisation_id);

-- A report as received (raw, for the record) and normalised (identifiers in their normal form).
-- One organisation's external id makes at most one report; public tips have neither.
CREATE TABLE report (
    id              uuid PRIMARY KEY,
    receipt         text NOT NULL UNIQUE,
    source          text NOT NULL CHECK (source IN ('PUBLIC', 'INDUSTRY')),
    organisation_id uuid REFERENCES reporting_organisation (id),
    external_id     text,
    status          text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'UNDER_REVIEW', 'CLOSED')),
    received_at     timestamptz NOT NULL,
    incident_type   text,
    incident_at     timestamptz,
    raw             jsonb NOT NULL,
    normalised      jsonb NOT NULL,
    contact         jsonb,
    CONSTRAINT report_source_fits CHECK ((source = 'INDUSTRY') = (organisation_id IS NOT NULL AND external_id IS NOT NULL))
);
CREATE UNIQUE INDEX report_external_id ON report (organisation_id, external_id);
-- Newest first, optionally of one source or one incident type, in pages (keyset on received_at, id).
CREATE INDEX report_newest ON report (received_at DESC, id DESC);
CREATE INDEX report_newest_by_source ON report (source, received_at DESC, id DESC);
CREATE INDEX report_newest_by_type ON report (incident_type, received_at DESC, id DESC);

-- What a reporter added later, with the receipt code.
CREATE TABLE report_addition (
    id         uuid PRIMARY KEY,
    report_id  uuid NOT NULL REFERENCES report (id),
    added_at   timestamptz NOT NULL,
    raw        jsonb NOT NULL,
    normalised jsonb NOT NULL,
    contact    jsonb
);
CREATE INDEX report_addition_by_report ON report_addition (report_id, added_at);

-- Every identifier a report names, normalised, so that reports naming the same one can be linked.
CREATE TABLE report_identifier (
    report_id   uuid NOT NULL REFERENCES report (id),
    position    integer NOT NULL,
    addition_id uuid REFERENCES report_addition (id),
    kind        text NOT NULL CHECK (kind IN ('PHONE', 'EMAIL', 'USERNAME', 'USER_ID', 'PROFILE_URL', 'IP', 'DEVICE_ID')),
    value       text NOT NULL,
    platform    text,
    role        text NOT NULL,
    PRIMARY KEY (report_id, position)
);
CREATE INDEX report_identifier_by_value ON report_identifier (kind, value);

-- Every file a report names, as hashes (lower-case hex).
CREATE TABLE report_file (
    report_id          uuid NOT NULL REFERENCES report (id),
    position           integer NOT NULL,
    addition_id        uuid REFERENCES report_addition (id),
    md5                text,
    sha1               text,
    sha256             text,
    pdq                text,
    viewed             boolean,
    publicly_available boolean,
    classification     text CHECK (classification IN ('A1', 'A2', 'B1', 'B2')),
    PRIMARY KEY (report_id, position)
);
CREATE INDEX report_file_by_md5 ON report_file (md5) WHERE md5 IS NOT NULL;
CREATE INDEX report_file_by_sha256 ON report_file (sha256) WHERE sha256 IS NOT NULL;

-- A client's Idempotency-Key on a single-report POST: the request's hash and the answer given,
-- so that a retry gets the same answer and a different request under the same key is refused.
CREATE TABLE api_idempotency_key (
    organisation_id uuid NOT NULL REFERENCES reporting_organisation (id),
    idempotency_key text NOT NULL,
    request_hash    bytea NOT NULL,
    status          integer,
    response        text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, idempotency_key)
);
