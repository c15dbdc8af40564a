-- A child's record for each identified victim, following the pathway identified → located →
-- safeguarded → referred → in rehabilitation → closed. The child is shown everywhere by the
-- pseudonym; name, parents' names, address, phone and school are sealed with the data key, bound to
-- the record's id and the field's name. Case, unit and district come from cases' events.
CREATE TABLE safeguarding_pseudonym_counter (
    letter text PRIMARY KEY CHECK (letter ~ '^[A-Z]$'),
    last   integer NOT NULL
);

CREATE TABLE safeguarding_child (
    id                 uuid PRIMARY KEY,
    person_id          uuid NOT NULL UNIQUE,
    pseudonym          text NOT NULL UNIQUE,
    case_id            uuid NOT NULL,
    case_number        text NOT NULL,
    unit_id            uuid,
    district_code      text NOT NULL,
    age                integer,
    gender             text,
    stage              text NOT NULL CHECK (stage IN ('IDENTIFIED', 'LOCATED', 'SAFEGUARDED', 'REFERRED',
                                                      'IN_REHABILITATION', 'CLOSED')),
    stage_since        date NOT NULL,
    identified_on      date NOT NULL,
    located_on         date,
    safeguarded_on     date,
    safeguarded_place  text,
    safeguarded_by     uuid[] NOT NULL DEFAULT '{}',
    office_id          uuid,
    referred_on        date,
    referral_note      text,
    rehabilitation_on  date,
    closed_on          date,
    close_reason       text,
    name_sealed        bytea,
    parents_sealed     bytea,
    address_sealed     bytea,
    phone_sealed       bytea,
    school_sealed      bytea
);
CREATE INDEX safeguarding_child_by_case ON safeguarding_child (case_id);
CREATE INDEX safeguarding_child_by_office ON safeguarding_child (office_id) WHERE office_id IS NOT NULL;
CREATE INDEX safeguarding_child_by_district ON safeguarding_child (district_code, stage);

-- Every step a child took, dated, by whom (null: the system, from a case's event).
CREATE TABLE safeguarding_step (
    child_id    uuid NOT NULL REFERENCES safeguarding_child (id),
    stage       text NOT NULL,
    taken_on    date NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by uuid,
    PRIMARY KEY (child_id, stage, recorded_at)
);
