-- Staging layer: typed rows that passed seed 000's rules (retention 7 days).

CREATE TABLE staging.repos_validated (
    repo_full_name   VARCHAR(255) PRIMARY KEY,
    github_id        BIGINT       NOT NULL,
    owner            VARCHAR(100) NOT NULL,
    repo_url         VARCHAR(500),
    language         VARCHAR(50)  NOT NULL,
    description      TEXT,
    stars            INTEGER      NOT NULL DEFAULT 0 CHECK (stars >= 0),
    forks            INTEGER      NOT NULL DEFAULT 0 CHECK (forks >= 0),
    open_issues      INTEGER      NOT NULL DEFAULT 0 CHECK (open_issues >= 0),
    watchers         INTEGER,
    topics           TEXT[]       NOT NULL DEFAULT '{}',
    license_spdx     VARCHAR(100),
    is_archived      BOOLEAN      NOT NULL DEFAULT false,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    pushed_at        TIMESTAMPTZ,
    readme_content   TEXT,
    source           VARCHAR(20)  NOT NULL,
    source_language  VARCHAR(50),
    raw_id           BIGINT,
    snapshot_date    DATE         NOT NULL,
    loaded_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX idx_stg_repos_snapshot_date ON staging.repos_validated (snapshot_date);
CREATE INDEX idx_stg_repos_language ON staging.repos_validated (language);

-- Raw rows that failed a rule: which rule, why, and the row as received.
CREATE TABLE staging.rejects (
    id              BIGSERIAL PRIMARY KEY,
    raw_table       VARCHAR(50)  NOT NULL,
    raw_id          BIGINT,
    repo_full_name  VARCHAR(255),
    rule            VARCHAR(50)  NOT NULL,
    reason          TEXT         NOT NULL,
    api_response    JSONB,
    run_id          VARCHAR(50),
    snapshot_date   DATE,
    rejected_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX idx_stg_rejects_rejected_at ON staging.rejects (rejected_at);
CREATE INDEX idx_stg_rejects_rule ON staging.rejects (rule);
