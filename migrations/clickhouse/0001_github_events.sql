-- GitHub events, one row per event, from GH Archive, webhooks and the API.
-- ReplacingMergeTree keyed by the event: a re-imported hour or a redelivered
-- webhook lands the same key again, and the github_events view reads FINAL,
-- so a duplicate is never counted, merged away or not. The sorting key leads
-- with repo_id and created_at: one repository's history is a range read.
CREATE TABLE IF NOT EXISTS github_events_store
(
    id          String,
    type        LowCardinality(String),
    created_at  DateTime('UTC'),
    actor_id    UInt64,
    actor_login String,
    repo_id     UInt64,
    repo_name   String,
    org_login   String,
    action      LowCardinality(String),
    number      UInt32,
    ref         String,
    merged      Bool,
    source      LowCardinality(String),
    payload     String CODEC(ZSTD(3)),
    inserted_at DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(inserted_at)
PARTITION BY toYYYYMM(created_at)
ORDER BY (repo_id, created_at, id);
