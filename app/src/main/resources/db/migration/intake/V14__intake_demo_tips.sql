-- Whether the demo's fictional tips were added: their text is sealed now, so it cannot be searched
-- for their mark.
CREATE TABLE intake_demo_tips (
    added_at timestamptz NOT NULL
);
