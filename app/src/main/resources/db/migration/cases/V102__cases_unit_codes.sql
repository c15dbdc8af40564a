-- Case number codes for the units that exist now: the codes people already know for the largest
-- districts first (IATA-like, where they exist), then one made from each district's name. Units made
-- later get theirs from case_unit_code_assign when their first case is opened.
INSERT INTO case_unit_code (unit_id, code)
SELECT u.id, known.code
FROM (VALUES ('Muzaffargarh', 'MZG'), ('Lahore', 'LHR'), ('Islamabad', 'ISB'), ('Rawalpindi', 'RWP'),
             ('Faisalabad', 'FSD'), ('Multan', 'MUX'), ('Peshawar', 'PEW'), ('Quetta', 'UET'),
             ('Gujranwala', 'GRW'), ('Sialkot', 'SKT'), ('Bahawalpur', 'BHV'), ('Sukkur', 'SKZ'),
             ('Hyderabad', 'HDD')) AS known (district, code)
JOIN district d ON d.name_en = known.district
JOIN unit u ON u.code = 'DCU-' || d.code
ON CONFLICT DO NOTHING;

SELECT case_unit_code_assign(u.id, d.name_en)
FROM unit u JOIN district d ON u.code = 'DCU-' || d.code
ORDER BY d.name_en;
