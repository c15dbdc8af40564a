-- The city offices of Punjab's Child Protection & Welfare Bureau, as units of kind CPB_OFFICE beside
-- the province's bureau (CPB-PK6), each answering for its own district and the districts around it
-- that have no office. Codes are 'CPB-' and the office's district code, as 'DCU-' is for district units.
INSERT INTO unit (code, kind, name_en, name_ur)
SELECT 'CPB-' || d.code, 'CPB_OFFICE', 'Child Protection & Welfare Bureau, ' || d.name_en,
       'چائلڈ پروٹیکشن اینڈ ویلفیئر بیورو، ' || d.name_ur
FROM district d
WHERE d.code IN ('PK617', 'PK622', 'PK630', 'PK608', 'PK609', 'PK634', 'PK603', 'PK632', 'PK607', 'PK628');

INSERT INTO unit_district (unit_id, district_code)
SELECT u.id, covered.district
FROM (VALUES ('PK617', 'PK617'), ('PK617', 'PK614'), ('PK617', 'PK633'), ('PK617', 'PK624'), ('PK617', 'PK626'),
             ('PK617', 'PK631'), ('PK617', 'PK627'),
             ('PK622', 'PK622'), ('PK622', 'PK623'), ('PK622', 'PK615'), ('PK622', 'PK619'), ('PK622', 'PK636'),
             ('PK630', 'PK630'), ('PK630', 'PK601'), ('PK630', 'PK605'), ('PK630', 'PK613'),
             ('PK608', 'PK608'), ('PK608', 'PK612'), ('PK608', 'PK635'), ('PK608', 'PK606'),
             ('PK609', 'PK609'), ('PK609', 'PK610'), ('PK609', 'PK611'), ('PK609', 'PK620'), ('PK609', 'PK625'),
             ('PK634', 'PK634'),
             ('PK603', 'PK603'), ('PK603', 'PK602'),
             ('PK632', 'PK632'), ('PK632', 'PK616'), ('PK632', 'PK621'), ('PK632', 'PK604'),
             ('PK607', 'PK607'), ('PK607', 'PK629'), ('PK607', 'PK618'),
             ('PK628', 'PK628')) AS covered (office, district)
JOIN unit u ON u.code = 'CPB-' || covered.office;
