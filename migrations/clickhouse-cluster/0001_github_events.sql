-- The cluster layout of github_events_store (config events.cluster, with
-- CLICKHOUSE_URL): a ReplicatedReplacingMergeTree on every shard, behind a
-- Distributed table of the same name the single-node layout uses, sharded by
-- cityHash64(repo_id) so that every copy of an event, and one repository's
-- whole history, lives on one shard (FINAL then deduplicates per shard).
-- __CLUSTER__ is replaced by the configured cluster name; {shard} and
-- {replica} are the servers' own macros.
CREATE TABLE IF NOT EXISTS github_events_local ON CLUSTER __CLUSTER__
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
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/gitpulse/github_events_local', '{replica}', inserted_at)
PARTITION BY toYYYYMM(created_at)
ORDER BY (repo_id, created_at, id);

CREATE TABLE IF NOT EXISTS github_events_store ON CLUSTER __CLUSTER__ AS github_events_local
ENGINE = Distributed(__CLUSTER__, currentDatabase(), github_events_local, cityHash64(repo_id));
