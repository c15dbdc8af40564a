-- Units of the agency and its partners. Each unit's jurisdiction is a set of districts.
CREATE TABLE unit (
    id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code    text NOT NULL UNIQUE,
    kind    text NOT NULL CHECK (kind IN ('HEADQUARTERS', 'ZONAL_OFFICE', 'DISTRICT_UNIT', 'CPB_OFFICE')),
    name_en text NOT NULL,
    name_ur text NOT NULL,
    national boolean NOT NULL DEFAULT false
);

CREATE TABLE unit_district (
    unit_id       uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    district_code text NOT NULL REFERENCES district (code),
    PRIMARY KEY (unit_id, district_code)
);
CREATE INDEX unit_district_by_district ON unit_district (district_code);

INSERT INTO unit (code, kind, name_en, name_ur, national)
VALUES ('HQ', 'HEADQUARTERS', 'NCCIA Headquarters, Islamabad', 'این سی سی آئی اے ہیڈکوارٹر، اسلام آباد', true);

INSERT INTO unit (code, kind, name_en, name_ur)
SELECT 'ZONE-' || p.code, 'ZONAL_OFFICE', p.name_en || ' Zone', 'زون ' || p.name_ur FROM province p;
INSERT INTO unit_district (unit_id, district_code)
SELECT u.id, d.code FROM unit u JOIN district d ON u.code = 'ZONE-' || d.province_code;

INSERT INTO unit (code, kind, name_en, name_ur)
SELECT 'DCU-' || d.code, 'DISTRICT_UNIT', d.name_en || ' Cyber Crime Unit', 'سائبر کرائم یونٹ ' || d.name_ur FROM district d;
INSERT INTO unit_district (unit_id, district_code)
SELECT u.id, d.code FROM unit u JOIN district d ON u.code = 'DCU-' || d.code;

INSERT INTO unit (code, kind, name_en, name_ur)
SELECT 'CPB-' || p.code, 'CPB_OFFICE', p.name_en || ' Child Protection Bureau', 'چائلڈ پروٹیکشن بیورو ' || p.name_ur FROM province p;
INSERT INTO unit_district (unit_id, district_code)
SELECT u.id, d.code FROM unit u JOIN district d ON u.code = 'CPB-' || d.province_code;
