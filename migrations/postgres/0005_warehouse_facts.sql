-- Warehouse facts (seed 000 + seed 001), retention 30 days.

-- One row per repository per day. repo_key is the dimension version current
-- on that day; github_id is the durable key that survives renames and new
-- SCD versions, so "one snapshot per repo per day" is enforced on it too.
CREATE TABLE warehouse.fact_repo_snapshots (
    snapshot_key       BIGSERIAL PRIMARY KEY,
    repo_key           BIGINT  NOT NULL REFERENCES warehouse.dim_repositories (repo_key),
    github_id          BIGINT  NOT NULL,
    language_key       BIGINT  REFERENCES warehouse.dim_languages (language_key),
    company_key        BIGINT  REFERENCES warehouse.dim_companies (company_key),
    snapshot_date      DATE    NOT NULL,
    stars              INTEGER NOT NULL CHECK (stars >= 0),
    forks              INTEGER NOT NULL DEFAULT 0 CHECK (forks >= 0),
    open_issues        INTEGER NOT NULL DEFAULT 0 CHECK (open_issues >= 0),
    star_velocity      INTEGER,          -- stars gained since the previous day
    star_velocity_7d   INTEGER,          -- stars gained over the last 7 days
    activity_score     INTEGER,
    momentum_score     NUMERIC(5, 3) CHECK (momentum_score BETWEEN 0 AND 1),
    rank_overall       INTEGER,
    rank_in_language   INTEGER,
    pushed_at          TIMESTAMPTZ,
    is_carried_forward BOOLEAN NOT NULL DEFAULT false,
    run_id             VARCHAR(50),
    CONSTRAINT uq_fact_snapshots_repo_date UNIQUE (repo_key, snapshot_date),
    CONSTRAINT uq_fact_snapshots_github_id_date UNIQUE (github_id, snapshot_date)
);
CREATE INDEX idx_fact_snapshots_date ON warehouse.fact_repo_snapshots (snapshot_date);
CREATE INDEX idx_fact_snapshots_momentum ON warehouse.fact_repo_snapshots (momentum_score DESC);
CREATE INDEX idx_fact_snapshots_date_language ON warehouse.fact_repo_snapshots (snapshot_date, language_key, rank_in_language);
CREATE INDEX idx_fact_snapshots_company ON warehouse.fact_repo_snapshots (company_key, snapshot_date);

-- Bytes per language per repository per day (seed 001 language_snapshots).
CREATE TABLE warehouse.fact_language_snapshots (
    github_id      BIGINT NOT NULL,
    repo_key       BIGINT NOT NULL REFERENCES warehouse.dim_repositories (repo_key),
    language_key   BIGINT NOT NULL REFERENCES warehouse.dim_languages (language_key),
    snapshot_date  DATE   NOT NULL,
    bytes          BIGINT NOT NULL CHECK (bytes >= 0),
    PRIMARY KEY (github_id, snapshot_date, language_key)
);
CREATE INDEX idx_fact_language_snapshots_date ON warehouse.fact_language_snapshots (snapshot_date);

-- Every pipeline run, succeeded or failed, with its task tree (seed 000).
CREATE TABLE warehouse.fact_workflow_runs (
    run_id                  VARCHAR(50) PRIMARY KEY,
    run_type                VARCHAR(20)  NOT NULL DEFAULT 'ingest',
    run_date                DATE,
    started_at              TIMESTAMPTZ  NOT NULL,
    completed_at            TIMESTAMPTZ,
    status                  VARCHAR(20)  CHECK (status IN ('running', 'succeeded', 'failed')),
    task_tree               JSONB,
    error_message           TEXT,
    repos_processed         INTEGER,
    github_requests         INTEGER,
    github_points           INTEGER,
    execution_time_seconds  NUMERIC(10, 2)
);
CREATE INDEX idx_workflow_runs_started ON warehouse.fact_workflow_runs (started_at DESC);
