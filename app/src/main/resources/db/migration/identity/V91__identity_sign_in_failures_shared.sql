-- Sign-in failure counts, until now in one instance's memory, kept here so that every instance on
-- the database slows the same guesser. The key is a client address, or an address and the name
-- typed there; rows whose failures are all forgotten are deleted as attempts arrive.
CREATE TABLE sign_in_failure (
    scope    text NOT NULL CHECK (scope IN ('USER_AT_ADDRESS', 'ADDRESS')),
    key      text NOT NULL,
    failures bigint NOT NULL CHECK (failures > 0),
    last_at  timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);
