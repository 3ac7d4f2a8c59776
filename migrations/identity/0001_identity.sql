-- The identity database (SPEC section 10, seed 003's identitydb): who may use
-- gitpulse and how, in a database of its own beside the warehouse, never in
-- it. No secret is stored in clear: sessions and tokens by their SHA-256.
CREATE SCHEMA IF NOT EXISTS identity;

-- People: GitHub users once they sign in, and the implicit local user of
-- auth.mode local (login 'local', no GitHub id).
CREATE TABLE identity.users (
    user_id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    github_id    BIGINT UNIQUE,
    login        TEXT        NOT NULL,
    name         TEXT,
    avatar_url   TEXT,
    role         TEXT        NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ
);
-- a GitHub login once; the local user apart from them (a GitHub user may be called 'local')
CREATE UNIQUE INDEX users_github_login_key ON identity.users (lower(login)) WHERE github_id IS NOT NULL;
CREATE UNIQUE INDEX users_local_login_key ON identity.users (lower(login)) WHERE github_id IS NULL;

-- Browser sessions (GitHub's web flow): the cookie's secret by its hash, an
-- absolute and an idle expiry, revocable.
CREATE TABLE identity.sessions (
    session_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        BIGINT      NOT NULL REFERENCES identity.users ON DELETE CASCADE,
    secret_sha256  TEXT        NOT NULL UNIQUE CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ NOT NULL,
    idle_expires_at TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    user_agent     TEXT,
    source_ip      TEXT
);
CREATE INDEX sessions_user ON identity.sessions (user_id);

-- Personal API tokens (Authorization: Bearer gpt_…): their hash and last four
-- characters, what they may do (never more than their owner's role allows,
-- checked on every request), when they expire, were last used, were revoked.
CREATE TABLE identity.api_tokens (
    token_id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT      NOT NULL REFERENCES identity.users ON DELETE CASCADE,
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    scopes        TEXT[]      NOT NULL
                  CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'track', 'ack', 'events:write', 'admin']),
    secret_sha256 TEXT        NOT NULL UNIQUE CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
    last_four     TEXT        NOT NULL CHECK (length(last_four) = 4),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX api_tokens_user ON identity.api_tokens (user_id);

-- Who did what, when, from where: sign-ins, token and role changes, tracking
-- requests, acknowledgements. The actor's login is kept beside the id so the
-- line outlives the user.
CREATE TABLE identity.audit_log (
    event_id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_user_id BIGINT REFERENCES identity.users ON DELETE SET NULL,
    actor_login   TEXT,
    action        TEXT        NOT NULL,
    target        TEXT,
    details       JSONB       NOT NULL DEFAULT '{}',
    source_ip     TEXT
);
CREATE INDEX audit_log_at ON identity.audit_log (at DESC);
