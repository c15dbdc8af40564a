-- Cases: from reports to raids, arrests, evidence and court. Other modules' records (units, users,
-- districts, reports, clusters) are named by id only: this module reads them through their modules.

-- A short code per unit for case numbers (NCCIA-MZG-2026-0042): three capital letters, unique.
CREATE TABLE case_unit_code (
    unit_id uuid PRIMARY KEY,
    code    text NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{3}$')
);

-- The first free code for a name: its first letter and two later consonants, then any two later
-- letters, then any two letters at all. Used by the seed below and for units made later.
CREATE FUNCTION case_unit_code_assign(unit uuid, name text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    letters text := upper(regexp_replace(coalesce(name, ''), '[^A-Za-z]', '', 'g'));
    consonants text;
    first text;
    candidate text;
    existing text;
    i int;
    j int;
BEGIN
    SELECT code INTO existing FROM case_unit_code WHERE unit_id = unit;
    IF existing IS NOT NULL THEN
        RETURN existing;
    END IF;
    IF letters = '' THEN
        letters := 'U';
    END IF;
    first := substr(letters, 1, 1);
    consonants := regexp_replace(substr(letters, 2), '[AEIOU]', '', 'g');
    FOR pass IN 1..2 LOOP
        DECLARE
            pool text := CASE pass WHEN 1 THEN consonants ELSE substr(letters, 2) END;
        BEGIN
            FOR i IN 1..length(pool) LOOP
                FOR j IN i + 1..length(pool) LOOP
                    candidate := first || substr(pool, i, 1) || substr(pool, j, 1);
                    IF NOT EXISTS (SELECT FROM case_unit_code WHERE code = candidate) THEN
                        INSERT INTO case_unit_code (unit_id, code) VALUES (unit, candidate);
                        RETURN candidate;
                    END IF;
                END LOOP;
            END LOOP;
        END;
    END LOOP;
    FOR i IN 65..90 LOOP
        FOR j IN 65..90 LOOP
            candidate := first || chr(i) || chr(j);
            IF NOT EXISTS (SELECT FROM case_unit_code WHERE code = candidate) THEN
                INSERT INTO case_unit_code (unit_id, code) VALUES (unit, candidate);
                RETURN candidate;
            END IF;
        END LOOP;
    END LOOP;
    RAISE EXCEPTION 'no free case number code for unit %', unit;
END $$;

-- The last number given per unit and year. Opening a case increments its row with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING in the opening transaction: the row stays locked
-- until that transaction ends, so concurrent openings queue, and a rolled-back one gives its number back.
CREATE TABLE case_number_counter (
    unit_id uuid NOT NULL,
    year    int  NOT NULL,
    last    int  NOT NULL CHECK (last > 0),
    PRIMARY KEY (unit_id, year)
);

-- The configurable list of offences a case can name.
CREATE TABLE case_offence_type (
    code     text PRIMARY KEY,
    law      text NOT NULL,
    section  text NOT NULL,
    title_en text NOT NULL,
    title_ur text NOT NULL,
    position int  NOT NULL,
    active   boolean NOT NULL DEFAULT true
);

CREATE TABLE case_file (
    id            uuid PRIMARY KEY,
    number        text NOT NULL UNIQUE,
    unit_id       uuid NOT NULL,
    district_code text NOT NULL,
    title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    status        text NOT NULL CHECK (status IN ('INTAKE', 'INVESTIGATING', 'ACTION', 'PROSECUTION', 'CLOSED')),
    outcome       text CHECK (outcome IN ('CONVICTED', 'ACQUITTED', 'WITHDRAWN', 'TRANSFERRED')),
    lead_officer  uuid,
    international boolean NOT NULL DEFAULT false,
    cluster_id    uuid,
    opened_at     timestamptz NOT NULL,
    opened_by     uuid,
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))
);
CREATE INDEX case_file_by_district ON case_file (district_code, opened_at DESC);

CREATE TABLE case_team_member (
    case_id uuid NOT NULL REFERENCES case_file (id),
    user_id uuid NOT NULL,
    PRIMARY KEY (case_id, user_id)
);

CREATE TABLE case_offence (
    case_id      uuid NOT NULL REFERENCES case_file (id),
    offence_code text NOT NULL REFERENCES case_offence_type (code),
    PRIMARY KEY (case_id, offence_code)
);

CREATE TABLE case_report (
    case_id     uuid NOT NULL REFERENCES case_file (id),
    report_id   uuid NOT NULL,
    attached_at timestamptz NOT NULL,
    attached_by uuid,
    PRIMARY KEY (case_id, report_id)
);
CREATE INDEX case_report_by_report ON case_report (report_id);

CREATE TABLE case_status_change (
    id          bigserial PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES case_file (id),
    from_status text NOT NULL,
    to_status   text NOT NULL,
    outcome     text,
    reason      text,
    changed_at  timestamptz NOT NULL,
    changed_by  uuid
);
CREATE INDEX case_status_change_by_case ON case_status_change (case_id, id);

-- A person across cases. Name, aliases, date of birth and address are sealed with the data key
-- (pk.hifazat.privacy), bound to the person's id; a victim is shown by pseudonym.
CREATE SEQUENCE case_person_pseudonym;
CREATE TABLE case_person (
    id             uuid PRIMARY KEY,
    pseudonym      text NOT NULL UNIQUE,
    name_sealed    bytea NOT NULL,
    aliases_sealed bytea,
    birth_sealed   bytea,
    address_sealed bytea,
    age            int CHECK (age BETWEEN 0 AND 120),
    gender         text CHECK (gender IN ('FEMALE', 'MALE', 'OTHER')),
    nationality    text CHECK (nationality ~ '^[A-Z]{2}$'),
    merged_into    uuid REFERENCES case_person (id),
    created_at     timestamptz NOT NULL,
    created_by     uuid
);

CREATE TABLE case_person_role (
    case_id   uuid NOT NULL REFERENCES case_file (id),
    person_id uuid NOT NULL REFERENCES case_person (id),
    role      text NOT NULL CHECK (role IN ('SUSPECT', 'VICTIM', 'GUARDIAN', 'WITNESS', 'COMPLAINANT', 'ASSOCIATE')),
    standing  text NOT NULL CHECK (standing IN ('NAMED', 'ARRESTED', 'CHARGED', 'IDENTIFIED', 'RESCUED')),
    added_at  timestamptz NOT NULL,
    PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX case_person_role_by_person ON case_person_role (person_id);

CREATE TABLE case_person_identifier (
    person_id uuid NOT NULL REFERENCES case_person (id),
    kind      text NOT NULL,
    value     text NOT NULL,
    platform  text NOT NULL DEFAULT '',
    PRIMARY KEY (person_id, kind, value, platform)
);
CREATE INDEX case_person_identifier_by_value ON case_person_identifier (kind, md5(value), platform);

-- Merges are kept, never deleted: undoing one stamps it and points the person back at itself.
CREATE TABLE case_person_merge (
    id        uuid PRIMARY KEY,
    kept      uuid NOT NULL REFERENCES case_person (id),
    merged    uuid NOT NULL REFERENCES case_person (id),
    reason    text NOT NULL,
    merged_at timestamptz NOT NULL,
    merged_by uuid,
    undone_at timestamptz,
    undone_by uuid,
    undo_reason text
);

CREATE TABLE case_event (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES case_file (id),
    kind          text NOT NULL,
    occurred_on   date NOT NULL,
    district_code text NOT NULL,
    place         text,
    note          text,
    recorded_at   timestamptz NOT NULL,
    recorded_by   uuid
);
CREATE INDEX case_event_by_case ON case_event (case_id, occurred_on DESC, recorded_at DESC);

CREATE TABLE case_event_officer (
    event_id uuid NOT NULL REFERENCES case_event (id),
    user_id  uuid NOT NULL,
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE case_event_person (
    event_id  uuid NOT NULL REFERENCES case_event (id),
    person_id uuid NOT NULL REFERENCES case_person (id),
    PRIMARY KEY (event_id, person_id)
);

CREATE TABLE evidence_item (
    id           uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES case_file (id),
    label        text NOT NULL,
    description  text NOT NULL,
    seized_at    timestamptz NOT NULL,
    seized_place text NOT NULL,
    seized_by    text NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  uuid,
    UNIQUE (case_id, label)
);
CREATE INDEX evidence_item_by_case ON evidence_item (case_id, recorded_at DESC);

CREATE TABLE evidence_file (
    item_id uuid NOT NULL REFERENCES evidence_item (id),
    name    text NOT NULL,
    sha256  text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    pdq     text CHECK (pdq ~ '^[0-9a-f]{64}$'),
    quality int,
    CHECK (sha256 IS NOT NULL OR pdq IS NOT NULL)
);
CREATE INDEX evidence_file_by_item ON evidence_file (item_id);

-- The chain of custody: appended to, never changed. The item's current holder is the last entry's
-- holder; the first entry is the seizure itself.
CREATE TABLE custody_transfer (
    item_id     uuid NOT NULL REFERENCES evidence_item (id),
    position    int  NOT NULL CHECK (position >= 1),
    from_holder text,
    to_holder   text NOT NULL,
    handed_at   timestamptz NOT NULL,
    reason      text NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by uuid,
    PRIMARY KEY (item_id, position)
);

CREATE FUNCTION custody_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: a custody record or seized file cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER custody_transfer_is_append_only BEFORE UPDATE OR DELETE ON custody_transfer
    FOR EACH ROW EXECUTE FUNCTION custody_is_append_only();
CREATE TRIGGER custody_transfer_is_never_truncated BEFORE TRUNCATE ON custody_transfer
    FOR EACH STATEMENT EXECUTE FUNCTION custody_is_append_only();
CREATE TRIGGER evidence_file_is_append_only BEFORE UPDATE OR DELETE ON evidence_file
    FOR EACH ROW EXECUTE FUNCTION custody_is_append_only();
CREATE TRIGGER evidence_file_is_never_truncated BEFORE TRUNCATE ON evidence_file
    FOR EACH STATEMENT EXECUTE FUNCTION custody_is_append_only();

CREATE TABLE case_task (
    id         uuid PRIMARY KEY,
    case_id    uuid NOT NULL REFERENCES case_file (id),
    kind       text NOT NULL CHECK (kind IN ('PRESERVATION', 'COURT_DATE', 'FOLLOW_UP')),
    title      text NOT NULL,
    owner_id   uuid NOT NULL,
    starts_on  date NOT NULL,
    warn_on    date,
    due_on     date NOT NULL,
    done_at    timestamptz,
    created_at timestamptz NOT NULL,
    created_by uuid
);
CREATE INDEX case_task_open_by_owner ON case_task (owner_id, due_on) WHERE done_at IS NULL;
CREATE INDEX case_task_open_by_due ON case_task (due_on) WHERE done_at IS NULL;

-- The application may append custody and files, never change them; no trigger it could switch off.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'hifazat_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON custody_transfer, evidence_file FROM hifazat_app;
    END IF;
END $$;
