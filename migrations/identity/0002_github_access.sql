-- What GitHub lets each person see (SPEC section 10, private repositories).
-- The person's GitHub token rides with the credential it came with, sealed
-- under a key derived from that credential's own secret (the cookie's or
-- the personal token's), which the database never holds: a copy of these
-- tables opens none of them.
ALTER TABLE identity.sessions ADD COLUMN github_token_sealed BYTEA;
ALTER TABLE identity.api_tokens ADD COLUMN github_token_sealed BYTEA;

-- The private repositories GitHub last said a user may read (their token's
-- view), by GitHub id, and when it said so; re-asked once it is older than
-- auth.access_minutes, and the user's memberships with it.
CREATE TABLE identity.repository_access (
    user_id     BIGINT      PRIMARY KEY REFERENCES identity.users ON DELETE CASCADE,
    checked_at  TIMESTAMPTZ NOT NULL,
    readable_github_ids BIGINT[] NOT NULL
);
