-- Networks keeps its own projection of the graph: nodes (reports, identifiers, files, and later cases
-- and persons) and the edges between them. It is fed by linking's events and intake's read side,
-- never by reading their tables. Cases and persons are just more node kinds.

-- kind: REPORT, PHONE, EMAIL, ACCOUNT, IP, WALLET, URL, DEVICE, MEDIA, PERSON, CASE, VICTIM.
-- node_key: what identifies the node within its kind (a report's id, an identifier's normal form with
-- its platform, a hash); label: what the picture shows. district and country: where it points, when known.
CREATE TABLE net_node (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text NOT NULL,
    node_key   text NOT NULL,
    label      text NOT NULL,
    district   text,
    country    text,
    seen_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX net_node_by_key ON net_node (kind, md5(node_key));

-- seq: the order edges arrived in, so that an in-memory index catches up with what another instance
-- added by reading only the edges after the last it saw. strength: STRONG joins networks, WEAK is
-- drawn but joins nothing by itself, NOISE is neither drawn nor joined (linking's rules, as linking said).
CREATE TABLE net_edge (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id bigint NOT NULL REFERENCES net_node (id),
    target_id bigint NOT NULL REFERENCES net_node (id),
    kind      text NOT NULL,
    strength  text NOT NULL,
    seen_at   timestamptz NOT NULL,
    UNIQUE (source_id, target_id, kind)
);
CREATE INDEX net_edge_by_target ON net_edge (target_id);

-- Bumped when an edge loses strength (a key marked noise, a cluster split): every instance then
-- rebuilds its index from scratch instead of catching up.
CREATE TABLE net_generation (
    id         integer PRIMARY KEY CHECK (id = 1),
    generation bigint NOT NULL
);
INSERT INTO net_generation VALUES (1, 0);

-- An officer asked to see a node that belongs to another unit's records.
CREATE TABLE net_access_request (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    node_id      bigint NOT NULL REFERENCES net_node (id),
    requested_by uuid NOT NULL,
    reason       text NOT NULL,
    requested_at timestamptz NOT NULL
);

-- When a user last looked at the network around a node, for "new since your last look".
CREATE TABLE net_last_look (
    user_id   uuid NOT NULL,
    node_id   bigint NOT NULL REFERENCES net_node (id),
    looked_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, node_id)
);
