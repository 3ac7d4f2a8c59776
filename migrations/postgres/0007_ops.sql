-- Pipeline bookkeeping.

-- Incremental state per source (seed 001 ingestion_state, plus a cursor).
-- source is '<source>' or '<source>:<scope>', e.g. 'orgs:vercel'.
CREATE TABLE ops.ingestion_state (
    source      VARCHAR(150) PRIMARY KEY,
    last_run    TIMESTAMPTZ NOT NULL,
    cursor      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    run_id      VARCHAR(50),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Conditional-request cache: a 304 reuses the stored body.
CREATE TABLE ops.http_cache (
    cache_key      TEXT PRIMARY KEY,         -- method + URL
    etag           TEXT,
    last_modified  TEXT,
    status         INTEGER     NOT NULL,
    body           JSONB       NOT NULL,
    fetched_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Data-quality results, one row per check per run.
CREATE TABLE ops.data_quality_results (
    id           BIGSERIAL PRIMARY KEY,
    run_id       VARCHAR(50) NOT NULL,
    check_name   VARCHAR(100) NOT NULL,
    passed       BOOLEAN     NOT NULL,
    observed     NUMERIC,
    details      TEXT,
    checked_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (run_id, check_name)
);
CREATE INDEX idx_dq_results_checked ON ops.data_quality_results (checked_at DESC);
