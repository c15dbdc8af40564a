CREATE TABLE province (
    code    text PRIMARY KEY,
    name_en text NOT NULL,
    name_ur text NOT NULL,
    lat     double precision,
    lon     double precision
);

CREATE TABLE district (
    code          text PRIMARY KEY,
    province_code text NOT NULL REFERENCES province (code),
    name_en       text NOT NULL,
    name_ur       text NOT NULL,
    lat           double precision,
    lon           double precision,
    added_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX district_province ON district (province_code);
