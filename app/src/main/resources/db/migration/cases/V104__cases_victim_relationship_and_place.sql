-- For a victim in a case: the abuser's relationship to the child and the place of the incident, as
-- the officer recorded them (both optional), which statistics counts. Only a victim's role has them.
ALTER TABLE case_person_role
    ADD COLUMN relationship text CHECK (relationship IN ('PARENT', 'STEP_PARENT', 'RELATIVE', 'NEIGHBOUR', 'ACQUAINTANCE',
                                                         'TEACHER', 'RELIGIOUS_TEACHER', 'EMPLOYER', 'ONLINE_CONTACT',
                                                         'STRANGER')),
    ADD COLUMN place text CHECK (place IN ('OWN_HOME', 'ABUSER_HOME', 'RELATIVE_HOME', 'SCHOOL', 'MADRASSA', 'WORKPLACE',
                                           'STREET', 'FIELDS', 'VEHICLE', 'ONLINE', 'OTHER')),
    ADD CONSTRAINT case_person_role_circumstances_of_victims CHECK (role = 'VICTIM' OR (relationship IS NULL AND place IS NULL));
