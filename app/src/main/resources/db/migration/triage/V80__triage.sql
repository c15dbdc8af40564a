-- Triage: where each report goes and how urgent it is. One row per report with the facts its
-- priority is decided from (so that a rule change re-scores stored reports in SQL, without reading
-- any report again), and one row per cluster: the queue item that every report of the cluster shares.

-- The priority rules. The conditions are fixed in the code (each a predicate over triage_report's
-- facts); what a supervisor may change is here: the priority a rule gives, its parameter, whether it
-- applies. Raise rules act on a whole cluster: they raise it one level, never above their priority.
CREATE TABLE triage_rule (
    code       text PRIMARY KEY,
    priority   smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    parameter  integer CHECK (parameter IS NULL OR parameter BETWEEN 0 AND 10000),
    days       integer CHECK (days IS NULL OR days BETWEEN 1 AND 3650),
    enabled    boolean NOT NULL DEFAULT true,
    raises     boolean NOT NULL DEFAULT false,
    position   integer NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT 'migration'
);

INSERT INTO triage_rule (code, priority, parameter, days, raises, position) VALUES
    ('CHILD_IN_DANGER_NOW', 1, NULL, NULL, false, 10),
    ('LIVE_STREAMING', 1, NULL, NULL, false, 20),
    ('CONTACT_ABUSE', 1, NULL, NULL, false, 30),
    ('YOUNG_VICTIM_SUSPECT_IN_PAKISTAN', 1, 13, NULL, false, 40),
    ('UNKNOWN_MATERIAL', 1, NULL, NULL, false, 50),
    ('OPEN_CASE_VICTIMS_NOT_SAFE', 1, NULL, NULL, false, 60),
    ('SEXTORTION', 2, NULL, NULL, false, 110),
    ('GROOMING', 2, NULL, NULL, false, 120),
    ('KNOWN_MATERIAL_LOCATED_SUSPECT', 2, NULL, NULL, false, 130),
    ('SADISTIC_EXPLOITATION', 2, NULL, NULL, false, 140),
    ('PREPUBESCENT_MATERIAL', 2, NULL, NULL, false, 150),
    ('KNOWN_MATERIAL', 3, NULL, NULL, false, 210),
    ('PUBESCENT_MATERIAL', 3, NULL, NULL, false, 220),
    ('CHILD_VICTIM', 3, 18, NULL, false, 230),
    ('SOMETHING_TO_ACT_ON', 3, NULL, NULL, false, 240),
    ('REPEATED_ACCOUNT', 1, 3, 90, true, 310),
    ('LINKED_DISTRICTS', 2, 2, NULL, true, 320),
    ('MANY_LINKED_REPORTS', 2, 5, NULL, true, 330);

-- Material facts from the known-material module, kept whether the report's triage comes first or not.
CREATE TABLE triage_material (
    report_id uuid PRIMARY KEY,
    known     boolean NOT NULL,
    unknown   boolean NOT NULL
);

CREATE TABLE triage_material_match (
    report_id         uuid NOT NULL,
    file              integer NOT NULL,
    bank_name         text NOT NULL,
    entry             bigint NOT NULL,
    algorithm         text NOT NULL,
    distance          integer NOT NULL,
    category          text,
    series            text,
    victim_identified boolean NOT NULL,
    PRIMARY KEY (report_id, file, bank_name, entry)
);

CREATE TABLE triage_report (
    report_id           uuid PRIMARY KEY,
    cluster_id          uuid NOT NULL,
    duplicate_of        uuid,
    source              text NOT NULL,
    received_at         timestamptz NOT NULL,
    district_code       text,
    district_rule       text NOT NULL,
    district_detail     text,
    abroad_country      text,
    danger_now          boolean NOT NULL,
    live_streaming      boolean NOT NULL,
    contact_abuse       boolean NOT NULL,
    youngest_age        integer,
    suspect_in_pakistan boolean NOT NULL,
    suspect_located     boolean NOT NULL,
    sextortion          boolean NOT NULL,
    grooming            boolean NOT NULL,
    sadistic            boolean NOT NULL,
    severest_class      text,
    has_person          boolean NOT NULL,
    has_victim          boolean NOT NULL,
    has_place           boolean NOT NULL,
    known_material      boolean NOT NULL DEFAULT false,
    unknown_material    boolean NOT NULL DEFAULT false,
    -- Set by the cases module once it exists: an identifier of this report is in an open case whose
    -- victims are not yet safeguarded. Nothing sets it today.
    open_case_victims   boolean NOT NULL DEFAULT false,
    priority            smallint NOT NULL,
    reasons             text[] NOT NULL,
    open                boolean NOT NULL DEFAULT true
);

CREATE INDEX triage_report_by_cluster ON triage_report (cluster_id);
CREATE INDEX triage_report_open ON triage_report (report_id) WHERE open;

-- Accounts a report names (handles without case or platform, platform ids, profile addresses), to
-- count the reports about one account in a window.
CREATE TABLE triage_account (
    account     text NOT NULL,
    report_id   uuid NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (account, report_id)
);
CREATE INDEX triage_account_in_time ON triage_account (account, received_at);
CREATE INDEX triage_account_by_report ON triage_account (report_id);

-- A cluster and its queue item. unit_id is where its district's rules send it (the national unit
-- when its district is unknown); routed_to is an analyst's re-route. absorbed_into marks a cluster
-- merged into another, whose item carries on.
CREATE TABLE triage_cluster (
    cluster_id        uuid PRIMARY KEY,
    district_code     text,
    district_rule     text NOT NULL,
    district_reports  integer NOT NULL DEFAULT 0,
    district_override text,
    override_reason   text,
    unit_id           uuid NOT NULL,
    routed_to         uuid,
    queue_unit        uuid GENERATED ALWAYS AS (coalesce(routed_to, unit_id)) STORED,
    computed_priority smallint NOT NULL,
    priority_override smallint CHECK (priority_override BETWEEN 1 AND 4),
    priority          smallint GENERATED ALWAYS AS (coalesce(priority_override, computed_priority)) STORED,
    reasons           text[] NOT NULL,
    youngest_age      integer,
    abroad_country    text,
    report_count      integer NOT NULL,
    district_count    integer NOT NULL,
    has_public        boolean NOT NULL,
    has_industry      boolean NOT NULL,
    first_received_at timestamptz NOT NULL,
    queued_at         timestamptz NOT NULL DEFAULT now(),
    status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLAIMED', 'ESCALATED', 'CLOSED')),
    claimed_by        text,
    claimed_at        timestamptz,
    escalated_at      timestamptz,
    escalated_to      uuid,
    outcome           text,
    closed_at         timestamptz,
    absorbed_into     uuid
);

CREATE INDEX triage_queue ON triage_cluster (queue_unit, priority, first_received_at, cluster_id)
    WHERE absorbed_into IS NULL;
CREATE INDEX triage_unclaimed_p1 ON triage_cluster (queued_at) WHERE status = 'OPEN' AND priority = 1;
CREATE INDEX triage_escalated ON triage_cluster (escalated_to, escalated_at) WHERE status = 'ESCALATED';

-- Background re-triage after a rule change: progress for the rules page.
CREATE TABLE triage_retriage (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_by  text NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    total       bigint NOT NULL,
    done        bigint NOT NULL DEFAULT 0,
    changed     bigint NOT NULL DEFAULT 0,
    finished_at timestamptz
);

CREATE TABLE triage_demo (
    added_at timestamptz NOT NULL
);
