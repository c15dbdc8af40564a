-- Children reported missing or abducted: a record at once, with age, place and time; an alert to
-- every unit of the province, shown to them until the record is closed. The name is sealed.
CREATE TABLE safeguarding_missing (
    id            uuid PRIMARY KEY,
    pseudonym     text NOT NULL UNIQUE,
    kind          text NOT NULL CHECK (kind IN ('MISSING', 'ABDUCTED')),
    age           integer CHECK (age BETWEEN 0 AND 17),
    gender        text,
    district_code text NOT NULL,
    province_code text NOT NULL,
    place         text NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    name_sealed   bytea,
    reported_at   timestamptz NOT NULL,
    reported_by   uuid,
    alert_at      timestamptz,
    alert_by      uuid,
    closed_at     timestamptz,
    close_reason  text
);
CREATE INDEX safeguarding_missing_open ON safeguarding_missing (province_code) WHERE closed_at IS NULL;
