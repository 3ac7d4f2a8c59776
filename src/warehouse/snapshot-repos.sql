/* @name SnapshotReposSql */
-- Exactly one scored snapshot per tracked repository for the run's date, in one
-- write per row (README "The pipeline run": hybrid model; "Scores"): fresh
-- numbers for repositories validated in this run, the latest earlier numbers
-- carried forward for the rest. Re-running a date overwrites its rows instead
-- of adding any, and a partial re-run that did not see a repository keeps the
-- day's fresh numbers it already has. Tracked: every current version; a row of
-- the date whose repository has no current version (it went in between) keeps
-- its numbers and is scored with the rest, so the day's percentiles and ranks
-- are over every row of the date.
--
-- Score formulas (documented in the README):
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
--
-- Why one statement (issue 24): inserting, then updating every row with its
-- score wrote each row twice, and looking up each repository's previous and
-- week-old snapshot by key probed every month partition once per repository.
-- Daily runs give almost every repository a row on the previous run's date and
-- on the latest date a week back, so those two days are read whole and hash
-- joined; only a repository missing there (new, or skipped a run) is looked up
-- by key.
-- :runId the run, :snapshotDate its date
WITH previous_date AS (
    SELECT max(snapshot_date) AS day FROM warehouse.fact_repo_snapshots WHERE snapshot_date < :snapshotDate!::date
), week_date AS (
    SELECT max(snapshot_date) AS day FROM warehouse.fact_repo_snapshots WHERE snapshot_date <= :snapshotDate!::date - 7
), previous_day AS (
    SELECT p.github_id, p.stars, p.forks, p.open_issues, p.pushed_at
    FROM warehouse.fact_repo_snapshots p
    WHERE p.snapshot_date = (SELECT day FROM previous_date)
), week_day AS (
    SELECT p.github_id, p.stars, p.forks, p.open_issues
    FROM warehouse.fact_repo_snapshots p
    WHERE p.snapshot_date = (SELECT day FROM week_date)
), same_day AS (
    -- rows of this date from an earlier run (a re-run, a reprocess)
    SELECT t.* FROM warehouse.fact_repo_snapshots t WHERE t.snapshot_date = :snapshotDate!::date
), tracked AS (
    SELECT d.github_id, d.repo_key, l.language_key, d.company_key,
        s.github_id IS NOT NULL AS is_fresh, s.stars AS s_stars, s.forks AS s_forks,
        s.open_issues AS s_issues, s.pushed_at AS s_pushed
    FROM warehouse.dim_repositories d
    LEFT JOIN staging.repos_validated s ON s.github_id = d.github_id AND s.run_id = :runId!
    LEFT JOIN warehouse.dim_languages l ON l.language_name = d.language
    WHERE d.is_current
), before AS (
    -- the latest snapshot before the date: the previous run's day, else by key
    SELECT t.*, COALESCE(pd.stars, pk.stars) AS b_stars, COALESCE(pd.forks, pk.forks) AS b_forks,
        COALESCE(pd.open_issues, pk.open_issues) AS b_issues, COALESCE(pd.pushed_at, pk.pushed_at) AS b_pushed
    FROM (
        SELECT tracked.*, false AS is_kept FROM tracked
        UNION ALL
        -- kept: the date's row of a repository with no current version
        SELECT sd.github_id, sd.repo_key, sd.language_key, sd.company_key, false, NULL, NULL, NULL, NULL, true
        FROM same_day sd
        WHERE NOT EXISTS (SELECT 1 FROM warehouse.dim_repositories d WHERE d.github_id = sd.github_id AND d.is_current)
    ) t
    LEFT JOIN previous_day pd ON pd.github_id = t.github_id
    LEFT JOIN LATERAL (
        SELECT p.stars, p.forks, p.open_issues, p.pushed_at FROM warehouse.fact_repo_snapshots p
        WHERE pd.github_id IS NULL AND p.github_id = t.github_id AND p.snapshot_date < :snapshotDate!::date
        ORDER BY p.snapshot_date DESC LIMIT 1
    ) pk ON true
), chosen AS (
    -- where the date's row takes its numbers from: this run ('fresh'); the
    -- date's earlier row ('same_day': its fresh numbers, another run's carried
    -- ones, or a kept row); else carried from before the date ('before')
    SELECT b.*, sd.run_id AS d_run_id, sd.stars AS d_stars,
        sd.forks AS d_forks, sd.open_issues AS d_issues, sd.pushed_at AS d_pushed,
        CASE
            WHEN b.is_fresh THEN 'fresh'
            WHEN sd.github_id IS NOT NULL
                 AND (b.is_kept OR NOT sd.is_carried_forward OR sd.run_id IS DISTINCT FROM :runId!) THEN 'same_day'
            ELSE 'before'
        END AS numbers_from,
        CASE WHEN b.is_fresh THEN false ELSE COALESCE(sd.is_carried_forward, true) END AS is_carried_forward
    FROM before b
    LEFT JOIN same_day sd ON sd.github_id = b.github_id
), day AS (
    SELECT github_id, repo_key, language_key, company_key, is_carried_forward, b_stars AS stars_prev,
        CASE WHEN is_kept THEN d_run_id ELSE :runId! END AS run_id,
        CASE numbers_from WHEN 'fresh' THEN s_stars WHEN 'same_day' THEN d_stars ELSE b_stars END AS stars,
        CASE numbers_from WHEN 'fresh' THEN s_forks WHEN 'same_day' THEN d_forks ELSE b_forks END AS forks,
        CASE numbers_from WHEN 'fresh' THEN s_issues WHEN 'same_day' THEN d_issues ELSE b_issues END AS open_issues,
        CASE numbers_from WHEN 'fresh' THEN s_pushed WHEN 'same_day' THEN d_pushed ELSE b_pushed END AS pushed_at
    FROM chosen
), counted AS (
    SELECT * FROM day WHERE stars IS NOT NULL
), prs AS (
    SELECT r.github_id, count(*) AS prs_week
    FROM warehouse.pull_requests pr
    JOIN warehouse.repositories r ON r.id = pr.repo_id
    WHERE pr.updated_at >= :snapshotDate!::date - 7 AND pr.updated_at < :snapshotDate!::date + 1
    GROUP BY r.github_id
), week AS (
    SELECT c.*,
        COALESCE(wd.stars, wk.stars, oldest.stars) AS stars_week,
        COALESCE(wd.forks, wk.forks, oldest.forks) AS forks_week,
        COALESCE(wd.open_issues, wk.open_issues, oldest.open_issues) AS issues_week,
        CASE
            WHEN c.pushed_at >= :snapshotDate!::date - 1 THEN 1.0
            WHEN c.pushed_at >= :snapshotDate!::date - 7 THEN 0.6
            WHEN c.pushed_at >= :snapshotDate!::date - 30 THEN 0.3
            ELSE 0.0
        END AS push_recency,
        COALESCE(prs.prs_week, 0) AS prs_week,
        c.github_id IN (SELECT github_id FROM warehouse.private_repositories) AS is_private
    FROM counted c
    LEFT JOIN prs ON prs.github_id = c.github_id
    LEFT JOIN week_day wd ON wd.github_id = c.github_id
    LEFT JOIN LATERAL (
        -- not on the week's day: its latest snapshot at least 7 days older, by key
        SELECT p.stars, p.forks, p.open_issues FROM warehouse.fact_repo_snapshots p
        WHERE wd.github_id IS NULL AND p.github_id = c.github_id AND p.snapshot_date <= :snapshotDate!::date - 7
        ORDER BY p.snapshot_date DESC LIMIT 1
    ) wk ON true
    LEFT JOIN LATERAL (
        -- tracked for less than 7 days: the first snapshot
        SELECT p.stars, p.forks, p.open_issues FROM warehouse.fact_repo_snapshots p
        WHERE wd.github_id IS NULL AND wk.stars IS NULL
          AND p.github_id = c.github_id AND p.snapshot_date < :snapshotDate!::date
        ORDER BY p.snapshot_date ASC LIMIT 1
    ) oldest ON true
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
    FROM week
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
INSERT INTO warehouse.fact_repo_snapshots AS f (
    repo_key, github_id, language_key, company_key, snapshot_date, stars, forks, open_issues, pushed_at,
    is_carried_forward, run_id, star_velocity, star_velocity_7d, activity_score, momentum_score,
    rank_overall, rank_in_language)
SELECT repo_key, github_id, language_key, company_key, :snapshotDate!::date, stars, forks, open_issues, pushed_at,
    is_carried_forward, run_id, velocity, velocity_7d, activity, LEAST(1, GREATEST(0, momentum)),
    r_overall, r_language
FROM ranked
-- in github_id order: the primary key's index is filled left to right
ORDER BY github_id
ON CONFLICT (github_id, snapshot_date) DO UPDATE SET
    repo_key = EXCLUDED.repo_key, language_key = EXCLUDED.language_key, company_key = EXCLUDED.company_key,
    stars = EXCLUDED.stars, forks = EXCLUDED.forks, open_issues = EXCLUDED.open_issues,
    pushed_at = EXCLUDED.pushed_at, is_carried_forward = EXCLUDED.is_carried_forward, run_id = EXCLUDED.run_id,
    star_velocity = EXCLUDED.star_velocity, star_velocity_7d = EXCLUDED.star_velocity_7d,
    activity_score = EXCLUDED.activity_score, momentum_score = EXCLUDED.momentum_score,
    rank_overall = EXCLUDED.rank_overall, rank_in_language = EXCLUDED.rank_in_language;
