-- The PR flow model of seed 002, as written there, in the warehouse schema.

CREATE TABLE warehouse.repositories (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    github_id         BIGINT UNIQUE NOT NULL,
    name              TEXT NOT NULL,
    full_name         TEXT UNIQUE NOT NULL,
    owner             TEXT NOT NULL,
    owner_avatar_url  TEXT,
    is_private        BOOLEAN,
    description       TEXT,
    created_at        TIMESTAMPTZ DEFAULT now(),
    updated_at        TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE warehouse.pull_requests (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    repo_id        UUID NOT NULL REFERENCES warehouse.repositories (id) ON DELETE CASCADE,
    pr_number      INT NOT NULL,
    title          TEXT NOT NULL,
    author         TEXT,
    author_avatar  TEXT,
    commit_sha     TEXT,
    branch_name    TEXT,
    state          TEXT CHECK (state IN ('open', 'closed', 'merged')),
    files_changed  JSONB,
    additions      INT,
    deletions      INT,
    processed      BOOLEAN DEFAULT FALSE,
    created_at     TIMESTAMPTZ DEFAULT now(),
    updated_at     TIMESTAMPTZ DEFAULT now(),
    UNIQUE (repo_id, pr_number)
);

CREATE TABLE warehouse.pipeline_runs (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    repo_id          UUID NOT NULL REFERENCES warehouse.repositories (id) ON DELETE CASCADE,
    pr_number        INT NOT NULL,
    commit_sha       TEXT,
    status_pr        TEXT DEFAULT 'pending',
    status_build     TEXT DEFAULT 'pending',
    status_approval  TEXT DEFAULT 'pending',
    status_merge     TEXT DEFAULT 'pending',
    processed        BOOLEAN DEFAULT FALSE,
    created_at       TIMESTAMPTZ DEFAULT now(),
    updated_at       TIMESTAMPTZ DEFAULT now(),
    UNIQUE (repo_id, pr_number)
);

CREATE TABLE warehouse.insights (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    repo_id         UUID NOT NULL REFERENCES warehouse.repositories (id) ON DELETE CASCADE,
    pr_number       INT NOT NULL,
    commit_sha      TEXT,
    risk_level      TEXT CHECK (risk_level IN ('low', 'medium', 'high')),
    summary         TEXT,
    recommendation  TEXT,
    factors         JSONB NOT NULL DEFAULT '[]'::jsonb,
    processed       BOOLEAN DEFAULT FALSE,
    created_at      TIMESTAMPTZ DEFAULT now()
);

CREATE INDEX idx_pull_requests_processed ON warehouse.pull_requests (processed);
CREATE INDEX idx_pipeline_runs_processed ON warehouse.pipeline_runs (processed);
CREATE INDEX idx_insights_processed ON warehouse.insights (processed);
CREATE INDEX idx_insights_pr ON warehouse.insights (repo_id, pr_number);
