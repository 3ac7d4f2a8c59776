-- Delivery metrics (SPEC sections 4 and 11, README "Delivery metrics"): the
-- delivery source lands GitHub's answers in raw as they came (deployments
-- with their statuses, workflow runs, labelled issues, compares), so the
-- warehouse steps re-run from raw without a GitHub call (DevLake's collector
-- -> extractor -> converter); webhooks land in raw.webhook_deliveries.

CREATE TABLE raw.github_delivery (
    id             BIGSERIAL PRIMARY KEY,
    repo_full_name TEXT        NOT NULL,
    -- deployments: a GraphQL page of Repository.deployments (nodes with latestStatus);
    -- workflow_runs: a REST page of GET /repos/{o}/{r}/actions/runs;
    -- issues: a GraphQL page of Repository.issues with labels;
    -- compare: GET /repos/{o}/{r}/compare/{base}...{head}, request_key 'base...head'
    kind           TEXT        NOT NULL CHECK (kind IN ('deployments', 'workflow_runs', 'issues', 'compare')),
    request_key    TEXT,
    api_response   JSONB       NOT NULL,
    run_id         TEXT        NOT NULL,
    snapshot_date  DATE        NOT NULL,
    fetched_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_raw_github_delivery_day ON raw.github_delivery (snapshot_date, run_id);

-- What the PR metrics need beyond seed 002's model: the merge commit (what a
-- deployment ships), when the first commit was authored (coding time) and
-- whether the author is a bot (GitHub's __typename / user.type).
ALTER TABLE warehouse.pull_requests
    ADD COLUMN merge_commit_sha TEXT,
    ADD COLUMN first_commit_at  TIMESTAMPTZ,
    ADD COLUMN author_type      TEXT;
CREATE INDEX idx_pull_requests_merge_commit ON warehouse.pull_requests (repo_id, merge_commit_sha)
    WHERE merge_commit_sha IS NOT NULL;

-- Deployments: GitHub deployments (source 'deployment', key its id) and
-- workflow runs named as deployments on the default branch (source
-- 'workflow_run', key the run id). status: the final state when there is one.
CREATE TABLE warehouse.deployments (
    repo_id        UUID        NOT NULL REFERENCES warehouse.repositories (id) ON DELETE CASCADE,
    source         TEXT        NOT NULL CHECK (source IN ('deployment', 'workflow_run')),
    deployment_id  BIGINT      NOT NULL,
    environment    TEXT,
    is_production  BOOLEAN     NOT NULL,
    sha            TEXT        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('success', 'failure', 'in_progress', 'cancelled')),
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    name           TEXT,
    url            TEXT,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (repo_id, source, deployment_id)
);
CREATE INDEX idx_deployments_production ON warehouse.deployments (repo_id, finished_at)
    WHERE is_production AND status = 'success';

-- The commits each successful production deployment shipped: those between
-- the previous successful production deployment of the repository and it
-- (GitHub's compare of the two SHAs).
CREATE TABLE warehouse.deployment_commits (
    repo_id        UUID   NOT NULL,
    source         TEXT   NOT NULL,
    deployment_id  BIGINT NOT NULL,
    commit_sha     TEXT   NOT NULL,
    PRIMARY KEY (repo_id, source, deployment_id, commit_sha),
    FOREIGN KEY (repo_id, source, deployment_id)
        REFERENCES warehouse.deployments (repo_id, source, deployment_id) ON DELETE CASCADE
);
CREATE INDEX idx_deployment_commits_sha ON warehouse.deployment_commits (repo_id, commit_sha);

-- Incidents: issues whose labels match delivery.incident_label.
CREATE TABLE warehouse.incidents (
    repo_id        UUID        NOT NULL REFERENCES warehouse.repositories (id) ON DELETE CASCADE,
    issue_number   INT         NOT NULL,
    title          TEXT        NOT NULL,
    labels         TEXT[]      NOT NULL DEFAULT '{}',
    opened_at      TIMESTAMPTZ NOT NULL,
    closed_at      TIMESTAMPTZ,
    url            TEXT,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (repo_id, issue_number)
);
