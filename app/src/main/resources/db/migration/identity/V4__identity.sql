CREATE TABLE app_user (
    id                   uuid PRIMARY KEY,
    username             text NOT NULL,
    display_name         text NOT NULL,
    password_hash        text NOT NULL,
    role                 text NOT NULL CHECK (role IN ('INTAKE_ANALYST', 'DISTRICT_OFFICER', 'SUPERVISOR',
                                 'CPB_CASEWORKER', 'HASH_CURATOR', 'AUDITOR', 'ADMINISTRATOR')),
    unit_id              uuid NOT NULL REFERENCES unit (id),
    enabled              boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT false,
    failed_attempts      integer NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));
