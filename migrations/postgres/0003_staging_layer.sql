-- Staging layer: typed rows that passed seed 000's rules (retention 7 days).

CREATE TABLE staging.repos_validated (
    repo_full_name   VARCHAR(255) PRIMARY KEY,
    github_id        BIGINT       NOT NULL,
    node_id          VARCHAR(100),
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
    readme_content   TEXT,         -- NULL: not fetched in this run (not: no README)
    render_category  VARCHAR(50),  -- NULL: no blueprint seen in this run
    source           VARCHAR(20)  NOT NULL,
    source_language  VARCHAR(50),
    raw_id           BIGINT,
    run_id           VARCHAR(50),
    snapshot_date    DATE         NOT NULL,
    loaded_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX idx_stg_repos_snapshot_date ON staging.repos_validated (snapshot_date);
CREATE INDEX idx_stg_repos_language ON staging.repos_validated (language);
CREATE INDEX idx_stg_repos_run ON staging.repos_validated (run_id);
CREATE UNIQUE INDEX uq_stg_repos_github_id ON staging.repos_validated (github_id);

-- Bytes per language per repository, from the languages answers of a run.
CREATE TABLE staging.repo_languages (
    repo_full_name  VARCHAR(255) NOT NULL,
    language        VARCHAR(100) NOT NULL,
    bytes           BIGINT       NOT NULL CHECK (bytes >= 0),
    run_id          VARCHAR(50),
    snapshot_date   DATE         NOT NULL,
    PRIMARY KEY (repo_full_name, language)
);

-- Render services declared by a repository's blueprint (render.yaml), parsed.
CREATE TABLE staging.render_services (
    repo_full_name  VARCHAR(255) NOT NULL,
    service_type    VARCHAR(50)  NOT NULL,
    service_count   INTEGER      NOT NULL CHECK (service_count > 0),
    run_id          VARCHAR(50),
    snapshot_date   DATE         NOT NULL,
    PRIMARY KEY (repo_full_name, service_type)
);

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
