-- Who holds which role in which case, as cases announce it (ids only): enough to tell that a child's
-- guardian is a suspect, here or in another case, without reading cases' tables.
CREATE TABLE safeguarding_case_role (
    case_id   uuid NOT NULL,
    person_id uuid NOT NULL,
    role      text NOT NULL,
    PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX safeguarding_case_role_by_person ON safeguarding_case_role (person_id, role);
