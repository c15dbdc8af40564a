-- Statistics: a fact row per report, case, victim and suspect, kept by statistics' own listeners from
-- the events of intake, triage and cases (never from their tables), and statistics_count: the same
-- facts counted by day, district, category and one breakdown at a time, so that a dashboard sums a
-- few thousand rows instead of reading two million reports. Every change to a fact moves its counts
-- (its old contributions out, its new ones in) in the transaction that changes it; the rebuild
-- recounts everything from the facts.

-- Which category a report's incident type or annotation, or a case's offence, counts under. A
-- supervisor edits it; the lowest position that has a category decides (annotations are more
-- specific than incident types). A row without a category does not decide.
CREATE TABLE statistics_category_map (
    kind       text NOT NULL CHECK (kind IN ('INCIDENT_TYPE', 'ANNOTATION', 'OFFENCE')),
    code       text NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
    category   text CHECK (category IN ('CHILD_SEXUAL_ABUSE', 'ABDUCTION', 'MISSING_CHILDREN', 'CHILD_MARRIAGE',
                                        'ABUSE_MATERIAL', 'GROOMING', 'SEXTORTION', 'LIVE_STREAMING', 'OTHER')),
    position   integer NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT 'migration',
    PRIMARY KEY (kind, code)
);

INSERT INTO statistics_category_map (kind, code, category, position) VALUES
    ('ANNOTATION', 'SEXTORTION', 'SEXTORTION', 10),
    ('ANNOTATION', 'LIVE_STREAMING', 'LIVE_STREAMING', 20),
    ('ANNOTATION', 'GROOMING', 'GROOMING', 30),
    ('ANNOTATION', 'ABDUCTION_OR_MISSING_CHILD', 'MISSING_CHILDREN', 40),
    ('ANNOTATION', 'CHILD_MARRIAGE', 'CHILD_MARRIAGE', 50),
    ('ANNOTATION', 'CSAM_SOLICITATION', 'ABUSE_MATERIAL', 60),
    ('ANNOTATION', 'SADISTIC_ONLINE_EXPLOITATION', 'ABUSE_MATERIAL', 70),
    ('ANNOTATION', 'MINOR_TO_MINOR_INTERACTION', NULL, 80),
    ('ANNOTATION', 'GENERATIVE_AI', NULL, 81),
    ('ANNOTATION', 'CHILD_IN_DANGER_NOW', NULL, 82),
    ('ANNOTATION', 'SPAM', NULL, 83),
    ('ANNOTATION', 'SOMETHING_ELSE', NULL, 84),
    ('INCIDENT_TYPE', 'CHILD_SEXUAL_MOLESTATION', 'CHILD_SEXUAL_ABUSE', 110),
    ('INCIDENT_TYPE', 'CHILD_SEX_TRAFFICKING', 'CHILD_SEXUAL_ABUSE', 120),
    ('INCIDENT_TYPE', 'CHILD_SEX_TOURISM', 'CHILD_SEXUAL_ABUSE', 130),
    ('INCIDENT_TYPE', 'ONLINE_ENTICEMENT', 'GROOMING', 140),
    ('INCIDENT_TYPE', 'UNSOLICITED_OBSCENE_MATERIAL_TO_CHILD', 'GROOMING', 150),
    ('INCIDENT_TYPE', 'CHILD_SEXUAL_ABUSE_MATERIAL', 'ABUSE_MATERIAL', 160),
    ('INCIDENT_TYPE', 'MISLEADING_DOMAIN_NAME', 'ABUSE_MATERIAL', 170),
    ('INCIDENT_TYPE', 'MISLEADING_WORDS_OR_DIGITAL_IMAGES', 'ABUSE_MATERIAL', 180),
    ('OFFENCE', 'PPC-377A', 'CHILD_SEXUAL_ABUSE', 210),
    ('OFFENCE', 'PPC-377B', 'CHILD_SEXUAL_ABUSE', 211),
    ('OFFENCE', 'PECA-22B', 'CHILD_SEXUAL_ABUSE', 212),
    ('OFFENCE', 'PPC-365B', 'ABDUCTION', 220),
    ('OFFENCE', 'PPC-366A', 'ABDUCTION', 221),
    ('OFFENCE', 'PPC-369A', 'ABDUCTION', 222),
    ('OFFENCE', 'PECA-22C', 'ABDUCTION', 223),
    ('OFFENCE', 'PECA-22A', 'GROOMING', 230),
    ('OFFENCE', 'PPC-292A', 'GROOMING', 231),
    ('OFFENCE', 'PECA-22', 'ABUSE_MATERIAL', 240),
    ('OFFENCE', 'PPC-292B', 'ABUSE_MATERIAL', 241),
    ('OFFENCE', 'PPC-292C', 'ABUSE_MATERIAL', 242),
    ('OFFENCE', 'PPC-328A', NULL, 250);

-- A report as counted. Triage's district and priority may arrive before intake's facts (the
-- listeners run in any order): a row without received_at is not counted yet.
CREATE TABLE statistics_report (
    report_id       uuid PRIMARY KEY,
    received_at     timestamptz,
    source          text,
    incident_type   text,
    annotations     text[] NOT NULL DEFAULT '{}',
    category        text NOT NULL DEFAULT 'OTHER',
    district_code   text,
    priority        smallint,
    first_action_at timestamptz
);
CREATE INDEX statistics_report_received ON statistics_report (received_at);

CREATE TABLE statistics_case (
    case_id       uuid PRIMARY KEY,
    opened_at     timestamptz,
    district_code text,
    unit_id       uuid,
    offences      text[] NOT NULL DEFAULT '{}',
    category      text NOT NULL DEFAULT 'OTHER',
    closed_at     timestamptz,
    outcome       text
);
CREATE INDEX statistics_case_opened ON statistics_case (opened_at);

CREATE TABLE statistics_case_report (
    case_id     uuid NOT NULL,
    report_id   uuid NOT NULL,
    attached_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, report_id)
);
CREATE INDEX statistics_case_report_report ON statistics_case_report (report_id);

-- A child in a case: counted once per case it is a victim in. relationship and place are the
-- abuser's relationship to the child and the place of the incident; nothing records them yet, so
-- they count as unknown until a source fills them.
CREATE TABLE statistics_victim (
    case_id        uuid NOT NULL,
    person_id      uuid NOT NULL,
    identified_at  timestamptz NOT NULL,
    age            integer,
    gender         text,
    relationship   text,
    place          text,
    PRIMARY KEY (case_id, person_id)
);

CREATE TABLE statistics_suspect (
    case_id      uuid NOT NULL,
    person_id    uuid NOT NULL,
    joined_at    timestamptz NOT NULL,
    PRIMARY KEY (case_id, person_id)
);

-- What happened to a person of a case, as the timeline named them: ARREST, CHARGE_SHEET, CONVICTION
-- for a suspect; RESCUE (and SAFEGUARDED, from safeguarding) for a child. Kept apart from the
-- person's role, since the event may be heard before the person's joining: the view pairs them.
CREATE TABLE statistics_person_event (
    case_id     uuid NOT NULL,
    person_id   uuid NOT NULL,
    kind        text NOT NULL,
    occurred_on date NOT NULL,
    PRIMARY KEY (case_id, person_id, kind, occurred_on)
);

-- The counts. district_code '' is "no district known"; dimension TOTAL has the one bucket ALL.
CREATE TABLE statistics_count (
    measure       text NOT NULL,
    dimension     text NOT NULL,
    day           date NOT NULL,
    district_code text NOT NULL,
    category      text NOT NULL,
    bucket        text NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (measure, dimension, day, district_code, category, bucket)
);

-- The same counts by month, kept with the daily ones: a year's dashboard sums twelve months, not
-- 365 days (the daily rows serve a period's partial months and day-by-day trends).
CREATE TABLE statistics_count_month (
    measure       text NOT NULL,
    dimension     text NOT NULL,
    month         date NOT NULL CHECK (extract(day FROM month) = 1),
    district_code text NOT NULL,
    category      text NOT NULL,
    bucket        text NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (measure, dimension, month, district_code, category, bucket)
);

CREATE FUNCTION statistics_age_band(age integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN age IS NULL OR age < 0 OR age > 18 THEN 'UNKNOWN'
                WHEN age <= 5 THEN 'AGE_0_5' WHEN age <= 10 THEN 'AGE_6_10'
                WHEN age <= 15 THEN 'AGE_11_15' ELSE 'AGE_16_18' END
$$;

CREATE FUNCTION statistics_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT (at AT TIME ZONE 'Asia/Karachi')::date
$$;

-- What each fact adds to the counts: one row per measure and breakdown. Keyed by report_id for a
-- report's contributions and by case_id for a case's and its children's and suspects'.
CREATE VIEW statistics_contribution AS
SELECT r.report_id, NULL::uuid AS case_id, 'REPORTS' AS measure, d.dimension, statistics_day(r.received_at) AS day,
       coalesce(r.district_code, '') AS district_code, r.category, d.bucket
FROM statistics_report r
CROSS JOIN LATERAL (VALUES ('TOTAL', 'ALL'), ('SOURCE', coalesce(r.source, 'UNKNOWN')),
                           ('PRIORITY', coalesce('P' || r.priority, 'UNKNOWN'))) d (dimension, bucket)
WHERE r.received_at IS NOT NULL
UNION ALL
SELECT NULL, c.case_id, 'CASES', 'TOTAL', statistics_day(c.opened_at), coalesce(c.district_code, ''), c.category, 'ALL'
FROM statistics_case c WHERE c.opened_at IS NOT NULL
UNION ALL
SELECT NULL, c.case_id, 'CASES_CLOSED', d.dimension, statistics_day(c.closed_at), coalesce(c.district_code, ''),
       c.category, d.bucket
FROM statistics_case c
CROSS JOIN LATERAL (VALUES ('TOTAL', 'ALL'), ('OUTCOME', coalesce(c.outcome, 'UNKNOWN'))) d (dimension, bucket)
WHERE c.opened_at IS NOT NULL AND c.closed_at IS NOT NULL
UNION ALL
SELECT NULL, c.case_id, m.measure, d.dimension, m.day, coalesce(c.district_code, ''), c.category, d.bucket
FROM statistics_victim v JOIN statistics_case c ON c.case_id = v.case_id AND c.opened_at IS NOT NULL
CROSS JOIN LATERAL (VALUES ('VICTIMS_IDENTIFIED', statistics_day(v.identified_at)),
                           ('VICTIMS_SAFEGUARDED', (SELECT min(e.occurred_on) FROM statistics_person_event e
                                                    WHERE e.case_id = v.case_id AND e.person_id = v.person_id
                                                      AND e.kind IN ('RESCUE', 'SAFEGUARDED')))) m (measure, day)
CROSS JOIN LATERAL (VALUES ('TOTAL', 'ALL'), ('AGE_BAND', statistics_age_band(v.age)),
                           ('GENDER', coalesce(v.gender, 'UNKNOWN')), ('RELATIONSHIP', coalesce(v.relationship, 'UNKNOWN')),
                           ('PLACE', coalesce(v.place, 'UNKNOWN'))) d (dimension, bucket)
WHERE m.day IS NOT NULL
UNION ALL
SELECT NULL, c.case_id, m.measure, 'TOTAL', m.day, coalesce(c.district_code, ''), c.category, 'ALL'
FROM statistics_suspect s JOIN statistics_case c ON c.case_id = s.case_id AND c.opened_at IS NOT NULL
CROSS JOIN LATERAL (SELECT CASE e.kind WHEN 'ARREST' THEN 'SUSPECTS_ARRESTED' WHEN 'CHARGE_SHEET' THEN 'SUSPECTS_CHARGED'
                                       ELSE 'SUSPECTS_CONVICTED' END, min(e.occurred_on)
                    FROM statistics_person_event e
                    WHERE e.case_id = s.case_id AND e.person_id = s.person_id
                      AND e.kind IN ('ARREST', 'CHARGE_SHEET', 'CONVICTION')
                    GROUP BY e.kind) m (measure, day);
