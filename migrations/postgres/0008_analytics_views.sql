-- Analytics layer: views only. "Current" means the latest snapshot date
-- present in the warehouse, not CURRENT_DATE, so replayed or late runs show.

CREATE VIEW analytics.latest_snapshot_date AS
SELECT max(snapshot_date) AS snapshot_date FROM warehouse.fact_repo_snapshots;

-- seed 000 analytics_trending_repos_current
CREATE VIEW analytics.trending_repos_current AS
SELECT
    dr.repo_full_name,
    dr.language,
    frs.stars,
    frs.forks,
    frs.open_issues,
    frs.star_velocity,
    frs.star_velocity_7d,
    frs.activity_score,
    frs.momentum_score,
    frs.rank_overall,
    frs.rank_in_language,
    dr.description,
    dr.readme_content,
    dr.created_at,
    dr.repo_url,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON frs.repo_key = dr.repo_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY frs.momentum_score DESC NULLS LAST, frs.stars DESC, dr.repo_full_name
LIMIT 100;

-- seed 000 analytics_render_showcase: repositories with a Render blueprint.
CREATE VIEW analytics.render_showcase AS
SELECT
    dr.repo_full_name,
    dr.render_category,
    frs.stars,
    frs.momentum_score,
    frs.star_velocity,
    frs.activity_score,
    dr.language,
    ARRAY(
        SELECT rs.service_type
        FROM warehouse.bridge_repo_render_services b
        JOIN warehouse.dim_render_services rs ON rs.service_key = b.service_key
        WHERE b.github_id = dr.github_id
        ORDER BY rs.service_type
    ) AS service_types,
    frs.snapshot_date
FROM warehouse.dim_repositories dr
JOIN warehouse.fact_repo_snapshots frs ON dr.repo_key = frs.repo_key
WHERE dr.render_category IS NOT NULL
  AND frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY frs.momentum_score DESC NULLS LAST, frs.stars DESC;

-- seed 000 analytics_language_rankings
CREATE VIEW analytics.language_rankings AS
SELECT
    dl.language_name,
    dr.repo_full_name,
    frs.stars,
    frs.momentum_score,
    frs.rank_in_language,
    (dr.render_category IS NOT NULL) AS uses_render,
    frs.star_velocity,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON frs.repo_key = dr.repo_key
JOIN warehouse.dim_languages dl ON frs.language_key = dl.language_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY dl.language_name, frs.rank_in_language;

-- seed 001 repo_daily_growth: stars gained per day, by LAG over snapshots.
CREATE VIEW analytics.repo_daily_growth AS
SELECT
    frs.github_id,
    cur.repo_full_name,
    frs.snapshot_date,
    frs.stars,
    frs.forks,
    frs.open_issues,
    LAG(frs.stars) OVER w AS previous_stars,
    frs.stars - LAG(frs.stars) OVER w AS daily_growth
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories cur ON cur.github_id = frs.github_id AND cur.is_current
WINDOW w AS (PARTITION BY frs.github_id ORDER BY frs.snapshot_date);

-- seed 001 company_total_stars, as of the latest snapshot date.
CREATE VIEW analytics.company_total_stars AS
SELECT
    dc.company_name,
    dc.display_name,
    count(*)::int          AS repo_count,
    sum(frs.stars)::bigint AS total_stars,
    sum(frs.forks)::bigint AS total_forks,
    sum(frs.open_issues)::bigint AS total_open_issues,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_companies dc ON dc.company_key = frs.company_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
GROUP BY dc.company_name, dc.display_name, frs.snapshot_date
ORDER BY total_stars DESC;

-- seed 001 language_popularity_by_company: bytes and repositories per language
-- per company, from each repository's latest language snapshot.
CREATE VIEW analytics.language_popularity_by_company AS
WITH latest AS (
    SELECT DISTINCT ON (fls.github_id, fls.language_key)
           fls.github_id, fls.language_key, fls.bytes, fls.snapshot_date
    FROM warehouse.fact_language_snapshots fls
    ORDER BY fls.github_id, fls.language_key, fls.snapshot_date DESC
)
SELECT
    dc.company_name,
    dl.language_name,
    count(DISTINCT latest.github_id)::int AS repo_count,
    sum(latest.bytes)::bigint             AS total_bytes,
    round(100.0 * sum(latest.bytes) / NULLIF(sum(sum(latest.bytes)) OVER (PARTITION BY dc.company_name), 0), 2)
                                          AS share_percent
FROM latest
JOIN warehouse.dim_repositories dr ON dr.github_id = latest.github_id AND dr.is_current
JOIN warehouse.dim_companies dc ON dc.company_key = dr.company_key
JOIN warehouse.dim_languages dl ON dl.language_key = latest.language_key
GROUP BY dc.company_name, dl.language_name
ORDER BY dc.company_name, total_bytes DESC;

-- seed 001 company_top_forked_repos: repositories ranked by forks per company.
CREATE VIEW analytics.company_top_forked_repos AS
SELECT
    dc.company_name,
    dr.repo_full_name,
    frs.forks,
    frs.stars,
    RANK() OVER (PARTITION BY dc.company_name ORDER BY frs.forks DESC) AS fork_rank,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON dr.repo_key = frs.repo_key
JOIN warehouse.dim_companies dc ON dc.company_key = frs.company_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date);

-- seed 001 repo_activity_score: a composite of stars, forks and open issues
-- (stars + 2 x forks + 0.5 x open issues), beside the pipeline's activity_score.
CREATE VIEW analytics.repo_activity_score AS
SELECT
    dr.repo_full_name,
    dr.language,
    frs.stars,
    frs.forks,
    frs.open_issues,
    (frs.stars + 2 * frs.forks + 0.5 * frs.open_issues)::numeric(14, 1) AS composite_score,
    frs.activity_score,
    frs.momentum_score,
    frs.snapshot_date
FROM warehouse.fact_repo_snapshots frs
JOIN warehouse.dim_repositories dr ON dr.repo_key = frs.repo_key
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY composite_score DESC;
