-- Bots out of the PR flow's metrics by default (SPEC section 11, issue 22):
-- the weekly cycle-time metrics (and their share of high risk) are those of
-- people's PRs, with bots' PRs counted apart; ?include_bots=true on
-- /api/prs/metrics counts them in. One definition for both: the function
-- below, which the view calls with include_bots false (a plain SQL reader
-- gets the default), and the API with what was asked.

CREATE OR REPLACE VIEW analytics.pr_cycle_times AS
SELECT r.full_name AS repository, p.pr_number, p.title, p.author, p.state, p.opened_at, p.merged_at,
       rv.first_review_at, rv.approved_at,
       round((extract(epoch FROM rv.first_review_at - p.opened_at) / 3600)::numeric, 2) AS hours_to_first_review,
       round((extract(epoch FROM rv.approved_at - p.opened_at) / 3600)::numeric, 2) AS hours_to_approval,
       round((extract(epoch FROM p.merged_at - p.opened_at) / 3600)::numeric, 2) AS hours_to_merge,
       CASE WHEN rv.reviews = 0 THEN 0 ELSE 1 + rv.changes_requested END AS review_rounds,
       i.risk_level,
       analytics.is_bot_author(p.author, p.author_type) AS is_bot
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

CREATE FUNCTION analytics.pr_weekly_metrics_for(include_bots BOOLEAN)
RETURNS TABLE (
    repository TEXT, week DATE, prs_opened INT, prs_merged INT,
    median_hours_to_first_review NUMERIC, median_hours_to_approval NUMERIC, median_hours_to_merge NUMERIC,
    mean_review_rounds NUMERIC, high_risk_share NUMERIC, bot_prs_opened INT, bot_prs_merged INT
)
LANGUAGE sql STABLE AS $$
WITH counted AS (
    SELECT c.*, include_bots OR NOT c.is_bot AS counts FROM analytics.pr_cycle_times c
), opened AS (
    SELECT repository, date_trunc('week', opened_at)::date AS week,
           count(*) FILTER (WHERE counts)::int AS prs_opened,
           count(*) FILTER (WHERE is_bot)::int AS bot_prs_opened,
           round(avg(CASE WHEN risk_level = 'high' THEN 1.0 ELSE 0.0 END) FILTER (WHERE counts), 3) AS high_risk_share
    FROM counted WHERE opened_at IS NOT NULL
    GROUP BY 1, 2
), merged AS (
    SELECT repository, date_trunc('week', merged_at)::date AS week,
           count(*) FILTER (WHERE counts)::int AS prs_merged,
           count(*) FILTER (WHERE is_bot)::int AS bot_prs_merged,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_first_review) FILTER (WHERE counts) AS median_hours_to_first_review,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_approval) FILTER (WHERE counts) AS median_hours_to_approval,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours_to_merge) FILTER (WHERE counts) AS median_hours_to_merge,
           round(avg(review_rounds) FILTER (WHERE counts), 2) AS mean_review_rounds
    FROM counted WHERE merged_at IS NOT NULL
    GROUP BY 1, 2
)
SELECT COALESCE(o.repository, m.repository), COALESCE(o.week, m.week),
       COALESCE(o.prs_opened, 0), COALESCE(m.prs_merged, 0),
       round(m.median_hours_to_first_review::numeric, 2),
       round(m.median_hours_to_approval::numeric, 2),
       round(m.median_hours_to_merge::numeric, 2),
       m.mean_review_rounds, o.high_risk_share,
       COALESCE(o.bot_prs_opened, 0), COALESCE(m.bot_prs_merged, 0)
FROM opened o
FULL JOIN merged m ON m.repository = o.repository AND m.week = o.week
$$;

-- Same columns as before, in the same order, with the bots' counts after them.
CREATE OR REPLACE VIEW analytics.pr_weekly_metrics AS
SELECT * FROM analytics.pr_weekly_metrics_for(false);
