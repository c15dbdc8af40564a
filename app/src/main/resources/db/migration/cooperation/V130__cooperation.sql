-- International cooperation: requests to agencies abroad and what they answered. A request names its
-- case by id and number, and keeps the case's district so that lists follow the officer's jurisdiction
-- without reading cases' tables.

CREATE SEQUENCE cooperation_request_number;

CREATE TABLE cooperation_request (
    id            uuid PRIMARY KEY,
    reference     text NOT NULL UNIQUE,
    case_id       uuid NOT NULL,
    case_number   text NOT NULL,
    district_code text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('INTERPOL', 'FOREIGN_POLICE', 'MUTUAL_LEGAL_ASSISTANCE', 'PLATFORM')),
    country       text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    agency        text NOT NULL CHECK (length(agency) BETWEEN 1 AND 200),
    legal_basis   text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 1000),
    asked         text NOT NULL CHECK (length(asked) BETWEEN 1 AND 4000),
    status        text NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SENT', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED')),
    due_on        date NOT NULL,
    sent_on       date,
    acknowledged_on date,
    answered_on   date,
    answer        text CHECK (length(answer) <= 20000),
    drafted_by    uuid NOT NULL,
    drafted_at    timestamptz NOT NULL,
    approved_by   uuid,
    approved_at   timestamptz,
    CHECK (approved_by IS NULL OR approved_by <> drafted_by)
);

CREATE INDEX cooperation_request_case ON cooperation_request (case_id);
CREATE INDEX cooperation_request_open ON cooperation_request (district_code, due_on) WHERE status IN ('SENT', 'ACKNOWLEDGED');

-- The persons of the case the request concerns, and the identifiers it asks about.
CREATE TABLE cooperation_request_person (
    request_id uuid NOT NULL REFERENCES cooperation_request (id),
    person_id  uuid NOT NULL,
    PRIMARY KEY (request_id, person_id)
);

CREATE TABLE cooperation_request_identifier (
    request_id uuid NOT NULL REFERENCES cooperation_request (id),
    identifier text NOT NULL,
    PRIMARY KEY (request_id, identifier)
);

-- Every move of a request, with the note that went with it (why it was returned or closed).
CREATE TABLE cooperation_status_change (
    id          bigserial PRIMARY KEY,
    request_id  uuid NOT NULL REFERENCES cooperation_request (id),
    from_status text,
    to_status   text NOT NULL,
    note        text,
    changed_at  timestamptz NOT NULL,
    changed_by  uuid NOT NULL
);

CREATE INDEX cooperation_status_change_request ON cooperation_status_change (request_id, id);

-- Cases that a foreign national joined (cases' CaseNeedsInternationalCooperation): suggested for a request.
CREATE TABLE cooperation_suggestion (
    case_id       uuid PRIMARY KEY,
    case_number   text NOT NULL,
    district_code text NOT NULL,
    nationality   text NOT NULL,
    suggested_at  timestamptz NOT NULL
);
