-- The hashes of files seized as a case's evidence, as cases hands them over (never read from cases'
-- tables), so that a bank that grows later is matched against them too. A file is named by its
-- case, seized item and name (unique within the item). unknown_at: it has a usable PDQ hash and
-- matched nothing, unknown material of that case, a possible new victim; known_at: a bank matched
-- it later. Hashes and metadata only.
CREATE TABLE media_evidence_file (
    case_id     uuid        NOT NULL,
    case_number text        NOT NULL,
    item_id     uuid        NOT NULL,
    item_label  text        NOT NULL,
    name        text        NOT NULL,
    sha256      bytea,
    pdq         bytea,
    pdq_quality smallint,
    kept_at     timestamptz NOT NULL,
    unknown_at  timestamptz,
    known_at    timestamptz,
    PRIMARY KEY (case_id, item_id, name)
);
CREATE INDEX media_evidence_file_sha256 ON media_evidence_file (sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX media_evidence_file_unknown ON media_evidence_file (unknown_at DESC) WHERE unknown_at IS NOT NULL AND known_at IS NULL;

-- A seized file matched a bank entry; category and series are the entry's, read with it, so that a
-- corrected entry or a false positive removed shows at once.
CREATE TABLE media_evidence_match (
    case_id    uuid        NOT NULL,
    item_id    uuid        NOT NULL,
    name       text        NOT NULL,
    bank_id    uuid        NOT NULL REFERENCES media_bank (id),
    entry_id   bigint      NOT NULL REFERENCES media_entry (id),
    algorithm  text        NOT NULL,
    distance   integer     NOT NULL CHECK (distance BETWEEN 0 AND 256),
    matched_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, item_id, name, entry_id),
    FOREIGN KEY (case_id, item_id, name) REFERENCES media_evidence_file (case_id, item_id, name)
);
