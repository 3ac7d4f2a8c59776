/* @name ReadPrWeeklyMetricsSql */
-- Cycle-time metrics per repository and week (analytics.pr_weekly_metrics:
-- people's PRs, bots' counted apart; :includeBots counts them in), newest week
-- first. :repository full name or NULL for all, :weeks back from the latest
SELECT repository AS "repository!", to_char(week, 'YYYY-MM-DD') AS "week!", prs_opened AS "prs_opened!",
       prs_merged AS "prs_merged!",
       median_hours_to_first_review, median_hours_to_approval, median_hours_to_merge,
       mean_review_rounds, high_risk_share, bot_prs_opened AS "bot_prs_opened!", bot_prs_merged AS "bot_prs_merged!"
FROM analytics.pr_weekly_metrics_for(:includeBots!)
WHERE (:repository::text IS NULL OR lower(repository) = lower(:repository))
  AND week > (SELECT max(week) FROM analytics.pr_weekly_metrics) - make_interval(weeks => :weeks!)
ORDER BY week DESC, repository;
