-- Personal access tokens: an officer's own key to the staff JSON API (/api/staff/v1/...), made on
-- their account page, shown once. Only a SHA-256 digest of the token is kept, so a copy of the
-- database gives nobody a working token. Revoked tokens stay, for the audit trail.
CREATE TABLE personal_access_token (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES app_user (id),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    digest       bytea NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX personal_access_token_by_user ON personal_access_token (user_id, created_at DESC);

