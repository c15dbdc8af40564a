-- A report or case joined a network that holds an open case: its lead officer is told on their home
-- page until they look at the network (seen_at). node_id: the record that joined; case_id and
-- case_number: the open case, as cases named it (networks never reads cases' tables).
CREATE TABLE net_case_alert (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id     uuid NOT NULL,
    case_id     uuid NOT NULL,
    case_number text NOT NULL,
    node_id     bigint NOT NULL REFERENCES net_node (id),
    created_at  timestamptz NOT NULL,
    seen_at     timestamptz,
    UNIQUE (lead_id, case_id, node_id)
);
CREATE INDEX net_case_alert_unseen ON net_case_alert (lead_id, created_at DESC) WHERE seen_at IS NULL;

-- The last look at a network is the latest look at any of its nodes.
CREATE INDEX net_last_look_by_user ON net_last_look (user_id, looked_at DESC);

-- The look before the last: what the page's script, reading the picture just after the page, compares with.
ALTER TABLE net_last_look ADD COLUMN looked_before timestamptz;
