-- The ledger of applied ClickHouse migrations (the twin of ops.schema_migrations).
CREATE TABLE IF NOT EXISTS gitpulse_schema_migrations
(
    version    UInt32,
    name       String,
    checksum   String,
    applied_at DateTime DEFAULT now()
)
ENGINE = ReplacingMergeTree(applied_at)
ORDER BY version
