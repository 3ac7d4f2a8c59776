/* @name ScoreSnapshotsSql */
-- Scores and ranks for every snapshot of the run's date, in one statement.
-- Formulas (documented in the README):
--   star_velocity     stars − stars on the previous snapshot (NULL without one)
--   star_velocity_7d  stars − stars on the latest snapshot at least 7 days older
--                     (else the oldest one, for repositories tracked < 7 days)
--   activity_score    0..100 = 100 × (0.4 push recency + 0.2 issue churn
--                     + 0.2 fork growth + 0.2 PR activity), where push recency is
--                     1 (pushed within a day), 0.6 (7 days), 0.3 (30 days), else 0;
--                     issue churn = min(1, |Δ7d open issues| / 20);
--                     fork growth = min(1, max(0, Δ7d forks) / 50);
--                     PR activity = min(1, PRs updated in the last 7 days / 10)
--   momentum_score    0..1 = 0.6 × percentile of relative 7-day growth
--                     (star_velocity_7d / max(stars 7 days ago, 100)) among the
--                     day's repositories + 0.3 × activity/100 + 0.1 × push recency
--   rank_overall      by momentum, then stars, over all repositories of the day
--   rank_in_language  the same within the repository's language
-- Private repositories are scored among themselves and ranked nowhere, so the
-- shared percentiles and ranks are those of the public repositories alone
-- (migration 0027).
-- :snapshotDate the run's date
WITH prs AS (
    SELECT r.github_id, count(*) AS prs_week
    FROM warehouse.pull_requests pr
    JOIN warehouse.repositories r ON r.id = pr.repo_id
    WHERE pr.updated_at >= :snapshotDate!::date - 7 AND pr.updated_at < :snapshotDate!::date + 1
    GROUP BY r.github_id
), day AS (
    -- The previous and the week-old snapshot are keyed lookups on the primary
    -- key (github_id, snapshot_date), one index probe each, whatever the history's length.
    SELECT f.github_id, f.language_key, f.stars, f.forks, f.open_issues, f.pushed_at,
        prev.stars AS stars_prev,
        COALESCE(week.stars, oldest.stars) AS stars_week,
        COALESCE(week.forks, oldest.forks) AS forks_week,
        COALESCE(week.open_issues, oldest.open_issues) AS issues_week,
        CASE
            WHEN f.pushed_at >= :snapshotDate!::date - 1 THEN 1.0
            WHEN f.pushed_at >= :snapshotDate!::date - 7 THEN 0.6
            WHEN f.pushed_at >= :snapshotDate!::date - 30 THEN 0.3
            ELSE 0.0
        END AS push_recency,
        COALESCE(prs.prs_week, 0) AS prs_week,
        f.github_id IN (SELECT github_id FROM warehouse.private_repositories) AS is_private
    FROM warehouse.fact_repo_snapshots f
    LEFT JOIN prs ON prs.github_id = f.github_id
    LEFT JOIN LATERAL (
        SELECT p.stars FROM warehouse.fact_repo_snapshots p
        WHERE p.github_id = f.github_id AND p.snapshot_date < :snapshotDate!::date
        ORDER BY p.snapshot_date DESC LIMIT 1
    ) prev ON true
    LEFT JOIN LATERAL (
        SELECT p.stars, p.forks, p.open_issues FROM warehouse.fact_repo_snapshots p
        WHERE p.github_id = f.github_id AND p.snapshot_date <= :snapshotDate!::date - 7
        ORDER BY p.snapshot_date DESC LIMIT 1
    ) week ON true
    LEFT JOIN LATERAL (
        -- tracked for less than 7 days: the first snapshot
        SELECT p.stars, p.forks, p.open_issues FROM warehouse.fact_repo_snapshots p
        WHERE week.stars IS NULL AND p.github_id = f.github_id AND p.snapshot_date < :snapshotDate!::date
        ORDER BY p.snapshot_date ASC LIMIT 1
    ) oldest ON true
    WHERE f.snapshot_date = :snapshotDate!::date
), measured AS (
    SELECT *,
        stars - stars_prev AS velocity,
        stars - stars_week AS velocity_7d,
        round(100 * (
            0.4 * push_recency
          + 0.2 * LEAST(1.0, abs(COALESCE(open_issues - issues_week, 0)) / 20.0)
          + 0.2 * LEAST(1.0, GREATEST(0, COALESCE(forks - forks_week, 0)) / 50.0)
          + 0.2 * LEAST(1.0, prs_week / 10.0)
        ))::int AS activity,
        COALESCE(stars - stars_week, 0)::numeric / GREATEST(COALESCE(stars_week, stars), 100) AS relative_growth
    FROM day
), scored AS (
    SELECT *,
        round((0.6 * percent_rank() OVER (PARTITION BY is_private ORDER BY relative_growth)
             + 0.3 * activity / 100.0
             + 0.1 * push_recency)::numeric, 3) AS momentum
    FROM measured
), ranked AS (
    SELECT *,
        CASE WHEN NOT is_private THEN rank() OVER (PARTITION BY is_private ORDER BY momentum DESC, stars DESC) END AS r_overall,
        CASE WHEN NOT is_private
             THEN rank() OVER (PARTITION BY is_private, language_key ORDER BY momentum DESC, stars DESC) END AS r_language
    FROM scored
)
UPDATE warehouse.fact_repo_snapshots f
SET star_velocity = r.velocity, star_velocity_7d = r.velocity_7d, activity_score = r.activity,
    momentum_score = LEAST(1, GREATEST(0, r.momentum)), rank_overall = r.r_overall, rank_in_language = r.r_language
FROM ranked r
WHERE f.github_id = r.github_id AND f.snapshot_date = :snapshotDate!::date;
