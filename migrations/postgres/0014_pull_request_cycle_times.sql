-- Cycle-time metrics (README "Pull request flow"): when a PR was opened,
-- merged and closed, and every review it got, so time to first review, to
-- approval and to merge, and review rounds are derived, not counted by hand
-- (a redelivered or replayed review is one row, not a second round).
ALTER TABLE warehouse.pull_requests
    ADD COLUMN opened_at TIMESTAMPTZ,
    ADD COLUMN merged_at TIMESTAMPTZ,
    ADD COLUMN closed_at TIMESTAMPTZ;

CREATE TABLE warehouse.pull_request_reviews (
    repo_id       UUID NOT NULL REFERENCES warehouse.repositories (id) ON DELETE CASCADE,
    pr_number     INT NOT NULL,
    review_id     BIGINT NOT NULL,
    reviewer      TEXT,
    state         TEXT NOT NULL CHECK (state IN ('approved', 'changes_requested', 'commented', 'dismissed')),
    submitted_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (repo_id, pr_number, review_id)
);

-- One row per PR: its cycle times in hours (NULL until the step happened),
-- review rounds (1 + reviews that asked for changes, 0 before any review), and
-- the risk of its latest insight.
CREATE VIEW analytics.pr_cycle_times AS
SELECT r.full_name AS repository, p.pr_number, p.title, p.author, p.state, p.opened_at, p.merged_at,
       rv.first_review_at, rv.approved_at,
       round((extract(epoch FROM rv.first_review_at - p.opened_at) / 3600)::numeric, 2) AS hours_to_first_review,
       round((extract(epoch FROM rv.approved_at - p.opened_at) / 3600)::numeric, 2) AS hours_to_approval,
       round((extract(epoch FROM p.merged_at - p.opened_at) / 3600)::numeric, 2) AS hours_to_merge,
       CASE WHEN rv.reviews = 0 THEN 0 ELSE 1 + rv.changes_requested END AS review_rounds,
       i.risk_level
FROM warehouse.pull_requests p
JOIN warehouse.repositories r ON r.id = p.repo_id
CROSS JOIN LATERAL (
    SELECT min(x.submitted_at) FILTER (WHERE x.state <> 'dismissed') AS first_review_at,
           min(x.submitted_at) FILTER (WHERE x.state = 'approved') AS approved_at,
           count(*) FILTER (WHERE x.state <> 'dismissed')::int AS reviews,
           count(*) FILTER (WHERE x.state = 'changes_requested')::int AS changes_requested
    FROM warehouse.pull_request_reviews x
    WHERE x.repo_id = p.repo_id AND x.pr_number = p.pr_number
) rv
LEFT JOIN LATERAL (
    SELECT risk_level FROM warehouse.insights x
    WHERE x.repo_id = p.repo_id AND x.pr_number = p.pr_number ORDER BY x.created_at DESC LIMIT 1
) i ON true;

-- Per repository and ISO week (Monday): PRs opened and their share of high
-- risk; PRs merged that week and their median times (hours) and mean rounds.
CREATE VIEW analytics.pr_weekly_metrics AS
WITH opened AS (
    SELECT repository, date_trunc('week', opened_at)::date AS week,
           count(*)::int AS prs_opened,
           round(avg(CASE WHEN risk_level = 'high' THEN 1.0 ELSE 0.0 END), 3) AS high_risk_share
    FROM analytics.pr_cycle_times WHERE opened_at IS NOT NULL
    GROUP BY 1, 2
), merged AS (
    SELECT repository, date_trunc('week', merged_at)::date AS week,
           count(*)::int AS prs_merged,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_first_review) AS median_hours_to_first_review,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_approval) AS median_hours_to_approval,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_merge) AS median_hours_to_merge,
           round(avg(review_rounds), 2) AS mean_review_rounds
    FROM analytics.pr_cycle_times WHERE merged_at IS NOT NULL
    GROUP BY 1, 2
)
SELECT COALESCE(o.repository, m.repository) AS repository, COALESCE(o.week, m.week) AS week,
       COALESCE(o.prs_opened, 0) AS prs_opened, COALESCE(m.prs_merged, 0) AS prs_merged,
       round(m.median_hours_to_first_review::numeric, 2) AS median_hours_to_first_review,
       round(m.median_hours_to_approval::numeric, 2) AS median_hours_to_approval,
       round(m.median_hours_to_merge::numeric, 2) AS median_hours_to_merge,
       m.mean_review_rounds, o.high_risk_share
FROM opened o
FULL JOIN merged m ON m.repository = o.repository AND m.week = o.week;
