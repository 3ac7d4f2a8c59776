-- Client events (SPEC section 12): one row per event a gitpulse client sent,
-- copied from PostgreSQL raw.client_events. ReplacingMergeTree keyed by the
-- event: a batch copied twice (a crash between the insert and the position
-- moving) lands the same keys again, and the client_events view reads FINAL.
-- The sorting key leads with the repository: "viewed by your team" reads one.
CREATE TABLE IF NOT EXISTS client_events_store
(
    id             String,
    type           LowCardinality(String),
    user_id        UInt64,
    user_login     String,
    repository     String,
    pr_number      UInt32,
    occurred_at    DateTime64(3, 'UTC'),
    received_at    DateTime64(3, 'UTC'),
    client_name    LowCardinality(String),
    client_version LowCardinality(String),
    payload        String,
    inserted_at    DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(inserted_at)
PARTITION BY toYYYYMM(received_at)
ORDER BY (repository, user_id, id);
