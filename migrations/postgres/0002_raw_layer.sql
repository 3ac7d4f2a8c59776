-- Raw layer: GitHub answers exactly as received (seed 000, retention 7 days).
-- Kept so staging and warehouse can be rebuilt without calling GitHub again.

CREATE TABLE raw.github_repos (
    id               BIGSERIAL PRIMARY KEY,
    repo_full_name   VARCHAR(255) NOT NULL,
    api_response     JSONB        NOT NULL,
    fetch_timestamp  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- the list the repo came from: a language name, 'render', or an org login
    source_language  VARCHAR(50),
    source           VARCHAR(20)  NOT NULL DEFAULT 'trending',
    -- 'rest' (a REST repository object) or 'graphql' (a GraphQL Repository node)
    api_format       VARCHAR(10)  NOT NULL DEFAULT 'rest' CHECK (api_format IN ('rest', 'graphql')),
    run_id           VARCHAR(50),
    snapshot_date    DATE         NOT NULL DEFAULT CURRENT_DATE
);
CREATE INDEX idx_raw_repos_snapshot_date ON raw.github_repos (snapshot_date);
CREATE INDEX idx_raw_repos_run ON raw.github_repos (run_id);
CREATE INDEX idx_raw_repos_fetch_timestamp ON raw.github_repos (fetch_timestamp);
CREATE INDEX idx_raw_repos_full_name ON raw.github_repos (repo_full_name);

-- Answers about one repository other than the repository itself:
-- languages (bytes per language), readme, render.yaml blueprint.
CREATE TABLE raw.github_repo_details (
    id               BIGSERIAL PRIMARY KEY,
    repo_full_name   VARCHAR(255) NOT NULL,
    detail           VARCHAR(20)  NOT NULL CHECK (detail IN ('languages', 'readme', 'render_blueprint')),
    api_response     JSONB        NOT NULL,
    fetch_timestamp  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    run_id           VARCHAR(50),
    snapshot_date    DATE         NOT NULL DEFAULT CURRENT_DATE
);
CREATE INDEX idx_raw_repo_details_snapshot ON raw.github_repo_details (snapshot_date, detail);
CREATE INDEX idx_raw_repo_details_run ON raw.github_repo_details (run_id);
CREATE INDEX idx_raw_repo_details_full_name ON raw.github_repo_details (repo_full_name);

-- Pull requests as listed by the REST API, with their files.
CREATE TABLE raw.github_pulls (
    id               BIGSERIAL PRIMARY KEY,
    repo_full_name   VARCHAR(255) NOT NULL,
    pr_number        INTEGER      NOT NULL,
    api_response     JSONB        NOT NULL,
    fetch_timestamp  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    run_id           VARCHAR(50),
    snapshot_date    DATE         NOT NULL DEFAULT CURRENT_DATE
);
CREATE INDEX idx_raw_pulls_snapshot ON raw.github_pulls (snapshot_date);
CREATE INDEX idx_raw_pulls_run ON raw.github_pulls (run_id);

-- Webhook deliveries, stored before the receiver answers (SPEC section 7).
CREATE TABLE raw.webhook_deliveries (
    id            BIGSERIAL PRIMARY KEY,
    delivery_id   TEXT        NOT NULL UNIQUE,
    event         TEXT        NOT NULL,
    action        TEXT,
    headers       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    payload       JSONB       NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    status        TEXT        NOT NULL DEFAULT 'received'
                  CHECK (status IN ('received', 'processed', 'ignored', 'failed')),
    attempts      INTEGER     NOT NULL DEFAULT 0,
    processed_at  TIMESTAMPTZ,
    error         TEXT
);
CREATE INDEX idx_webhook_deliveries_received ON raw.webhook_deliveries (received_at);
CREATE INDEX idx_webhook_deliveries_status ON raw.webhook_deliveries (status);
