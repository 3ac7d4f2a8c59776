-- Client events (SPEC section 12, issue 23): what gitpulse's own clients (the
-- browser extension) report, landed here before anything else so an accepted
-- event survives an events store that is busy or down; a job copies them to
-- ClickHouse client_events from the last position it reached (seq), and
-- retention drops copied ones. One row per client id and user: a batch sent
-- again (a retry after a lost answer) adds nothing. user_id 0: API_TOKEN,
-- which is no one's.
CREATE TABLE raw.client_events (
    seq            BIGSERIAL PRIMARY KEY,
    event_id       TEXT        NOT NULL,
    user_id        BIGINT      NOT NULL,
    user_login     TEXT        NOT NULL,
    type           TEXT        NOT NULL,
    repository     TEXT        NOT NULL,
    pr_number      INTEGER,
    occurred_at    TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    client_name    TEXT        NOT NULL,
    client_version TEXT        NOT NULL,
    payload        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (user_id, event_id)
);
CREATE INDEX idx_client_events_received ON raw.client_events (received_at);
