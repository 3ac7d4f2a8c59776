-- Tracked repositories GitHub stopped resolving (README "Sources", a repository
-- deleted on GitHub): a run that asks for one by node id gets null and a
-- NOT_FOUND error, records it here and ends its dimension version, so the
-- repository leaves the tracked set and the run goes on with the others.
-- One row per disappearance: a repository that comes back in a list is tracked
-- again, and if it goes again later that is a second row.
CREATE TABLE ops.gone_repositories (
    github_id          BIGINT      NOT NULL,
    node_id            VARCHAR(100) NOT NULL,
    full_name          TEXT        NOT NULL,
    -- the run that first met it gone, and that run's day
    first_missing_run  VARCHAR(50) NOT NULL,
    first_missing_day  DATE        NOT NULL,
    -- GitHub's message, e.g. Could not resolve to a node with the global id of '…'
    reason             TEXT        NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (github_id, first_missing_day)
);
-- `gitpulse status` counts each run's gone repositories
CREATE INDEX idx_gone_repositories_run ON ops.gone_repositories (first_missing_run);
