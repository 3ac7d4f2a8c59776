/* @name SummarizeTrendingSql */
-- The day's trending lists, the first :depth of each, as
-- analytics.trending_positions defines them (migration 0025), with the
-- display columns the API serves, so a page is one index range read.
INSERT INTO warehouse.day_trending_lists (
    snapshot_date, list_window, rising, scope, position, github_id, repo_full_name, language, description,
    stars, forks, open_issues, star_velocity, star_velocity_7d, activity_score, momentum_score,
    rank_overall, rank_in_language, render_category, created_at)
SELECT p.snapshot_date, p.list_window, p.rising, p.scope, p.position, f.github_id, dr.repo_full_name, dr.language,
    dr.description, f.stars, f.forks, f.open_issues, f.star_velocity, f.star_velocity_7d, f.activity_score,
    f.momentum_score, f.rank_overall, f.rank_in_language, dr.render_category, dr.created_at
FROM analytics.trending_positions p
JOIN warehouse.fact_repo_snapshots f ON f.github_id = p.github_id AND f.snapshot_date = p.snapshot_date
JOIN warehouse.dim_repositories dr ON dr.repo_key = p.repo_key
WHERE p.snapshot_date = :snapshotDate!::date AND p.position <= :depth!::int;
