-- Cycle-time metrics per repository and week (analytics.pr_weekly_metrics),
-- newest week first. $1 repository full name or NULL for all, $2 weeks back from the latest
SELECT repository, to_char(week, 'YYYY-MM-DD') AS week, prs_opened, prs_merged,
       median_hours_to_first_review, median_hours_to_approval, median_hours_to_merge,
       mean_review_rounds, high_risk_share
FROM analytics.pr_weekly_metrics
WHERE ($1::text IS NULL OR lower(repository) = lower($1))
  AND week > (SELECT max(week) FROM analytics.pr_weekly_metrics) - make_interval(weeks => $2)
ORDER BY week DESC, repository;
