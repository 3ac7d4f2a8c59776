-- One definition per daily list. The order of every trending list, and the
-- language and company totals of a day, are each one view over all days; the
-- public views, the API's live reads and the day's precomputed lists
-- (src/warehouse/day-summaries) select from them, as dbt models refer to one
-- model, instead of restating the definition three times (README "Daily lists").
-- A reader's filter on the day and the list (window, rising, scope) is pushed
-- below the aggregate or window function, so a live read computes one day's
-- one list.

-- Every trending list of every day, with each repository's position in it:
-- window (momentum | 1d | 7d: the measure it is ordered by, then momentum,
-- stars and name, so a page edge never splits a tie) x rising (created in the
-- 30 days before the day) or not x all languages ('*') or one (lower-case name).
CREATE VIEW analytics.trending_positions AS
SELECT
    e.snapshot_date,
    e.list_window,
    e.rising,
    e.scope,
    row_number() OVER (
        PARTITION BY e.snapshot_date, e.list_window, e.rising, e.scope
        ORDER BY e.measure DESC NULLS LAST, e.momentum_score DESC NULLS LAST, e.stars DESC, e.repo_full_name
    )::int AS position,
    e.github_id,
    e.repo_key
FROM (
    SELECT f.snapshot_date, w.list_window, r.rising, s.scope, f.github_id, f.repo_key, f.momentum_score,
           f.stars, dr.repo_full_name,
           CASE w.list_window WHEN '1d' THEN f.star_velocity WHEN '7d' THEN f.star_velocity_7d
                ELSE f.momentum_score END AS measure
    FROM warehouse.fact_repo_snapshots f
    JOIN warehouse.dim_repositories dr ON dr.repo_key = f.repo_key
    LEFT JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
    CROSS JOIN (VALUES ('momentum'), ('1d'), ('7d')) AS w(list_window)
    CROSS JOIN LATERAL (VALUES (false), (true)) AS r(rising)
    CROSS JOIN LATERAL (VALUES ('*'), (lower(dl.language_name))) AS s(scope)
    WHERE s.scope IS NOT NULL AND (NOT r.rising OR dr.created_at >= f.snapshot_date - 30)
) e;

-- Repositories, stars and 7-day star gain per language and day.
CREATE VIEW analytics.language_totals AS
SELECT
    f.snapshot_date,
    dl.language_name,
    count(*)::int AS repos,
    sum(f.stars)::bigint AS stars,
    COALESCE(sum(f.star_velocity_7d), 0)::bigint AS star_velocity_7d
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
GROUP BY f.snapshot_date, dl.language_name;

-- Repositories, stars, forks and open issues per tracked organisation and day.
CREATE VIEW analytics.company_totals AS
SELECT
    f.snapshot_date,
    dc.company_name,
    dc.display_name,
    count(*)::int AS repo_count,
    sum(f.stars)::bigint AS total_stars,
    sum(f.forks)::bigint AS total_forks,
    sum(f.open_issues)::bigint AS total_open_issues
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_companies dc ON dc.company_key = f.company_key
GROUP BY f.snapshot_date, dc.company_name, dc.display_name;

-- The public views of migration 0008, now derived from the definitions above
-- (same columns, same rows).
CREATE OR REPLACE VIEW analytics.trending_repos_current AS
SELECT dr.repo_full_name, dr.language, frs.stars, frs.forks, frs.open_issues, frs.star_velocity,
    frs.star_velocity_7d, frs.activity_score, frs.momentum_score, frs.rank_overall, frs.rank_in_language,
    dr.description, dr.readme_content, dr.created_at, dr.repo_url, frs.snapshot_date
FROM analytics.trending_positions p
JOIN warehouse.fact_repo_snapshots frs ON frs.github_id = p.github_id AND frs.snapshot_date = p.snapshot_date
JOIN warehouse.dim_repositories dr ON dr.repo_key = p.repo_key
WHERE p.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
  AND p.list_window = 'momentum' AND NOT p.rising AND p.scope = '*' AND p.position <= 100
ORDER BY p.position;

CREATE OR REPLACE VIEW analytics.company_total_stars AS
SELECT company_name, display_name, repo_count, total_stars, total_forks, total_open_issues, snapshot_date
FROM analytics.company_totals
WHERE snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY total_stars DESC;
