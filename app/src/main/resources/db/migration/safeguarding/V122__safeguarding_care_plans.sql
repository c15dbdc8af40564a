-- A referred child's care plan: goals in six areas, each with the date of its next follow-up, and
-- the follow-ups made. What a goal and a follow-up say is sealed (it is about the child's health,
-- family and schooling), bound to its own id.
CREATE TABLE safeguarding_care_goal (
    id             uuid PRIMARY KEY,
    child_id       uuid NOT NULL REFERENCES safeguarding_child (id),
    area           text NOT NULL CHECK (area IN ('MEDICAL', 'PSYCHOLOGICAL', 'EDUCATION', 'FAMILY', 'LEGAL_AID', 'SHELTER')),
    goal_sealed    bytea NOT NULL,
    set_on         date NOT NULL,
    follow_up_on   date NOT NULL,
    achieved_on    date,
    added_at       timestamptz NOT NULL,
    added_by       uuid
);
CREATE INDEX safeguarding_care_goal_by_child ON safeguarding_care_goal (child_id);
CREATE INDEX safeguarding_care_goal_open ON safeguarding_care_goal (follow_up_on) WHERE achieved_on IS NULL;

CREATE TABLE safeguarding_follow_up (
    id          uuid PRIMARY KEY,
    goal_id     uuid NOT NULL REFERENCES safeguarding_care_goal (id),
    made_on     date NOT NULL,
    note_sealed bytea NOT NULL,
    added_at    timestamptz NOT NULL,
    added_by    uuid
);
CREATE INDEX safeguarding_follow_up_by_goal ON safeguarding_follow_up (goal_id);
