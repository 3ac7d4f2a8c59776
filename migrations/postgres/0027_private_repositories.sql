-- Private repositories (SPEC section 10, README "Users and access"). A
-- repository's visibility is carried from GitHub through every layer
-- (staging.repos_validated, warehouse.dim_repositories, and
-- warehouse.repositories of the PR flow since 0006). The shared lists and
-- totals, which every reader sees alike and the API caches once per run
-- (trending lists, language and company totals, rankings, the Render
-- showcase, a company's repositories and languages, the day summaries built
-- from them), count public repositories only; a private repository appears
-- on its own pages and in the PR flow, to those GitHub lets read it
-- (src/api/repository-visibility.ts).

ALTER TABLE staging.repos_validated ADD COLUMN is_private BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE warehouse.dim_repositories ADD COLUMN is_private BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX idx_dim_repos_private ON warehouse.dim_repositories (github_id) WHERE is_private AND is_current;

-- Every private repository the warehouse holds, by either road in: a few rows
-- beside millions, so the lists' NOT IN is one hashed lookup.
CREATE VIEW warehouse.private_repositories AS
SELECT github_id, repo_full_name AS full_name FROM warehouse.dim_repositories WHERE is_private AND is_current
UNION
SELECT github_id, full_name FROM warehouse.repositories WHERE is_private;

CREATE OR REPLACE VIEW analytics.trending_positions AS
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
    WHERE s.scope IS NOT NULL AND (NOT r.rising OR dr.created_at >= f.snapshot_date - 30) AND NOT dr.is_private
) e;

CREATE OR REPLACE VIEW analytics.language_totals AS
SELECT
    f.snapshot_date,
    dl.language_name,
    count(*)::int AS repos,
    sum(f.stars)::bigint AS stars,
    COALESCE(sum(f.star_velocity_7d), 0)::bigint AS star_velocity_7d
FROM warehouse.fact_repo_snapshots f
JOIN warehouse.dim_languages dl ON dl.language_key = f.language_key
WHERE f.github_id NOT IN (SELECT github_id FROM warehouse.private_repositories)
GROUP BY f.snapshot_date, dl.language_name;

CREATE OR REPLACE VIEW analytics.company_totals AS
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
WHERE f.github_id NOT IN (SELECT github_id FROM warehouse.private_repositories)
GROUP BY f.snapshot_date, dc.company_name, dc.display_name;

CREATE OR REPLACE VIEW analytics.render_showcase AS
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
WHERE dr.render_category IS NOT NULL AND NOT dr.is_private
  AND frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date)
ORDER BY frs.momentum_score DESC NULLS LAST, frs.stars DESC;

CREATE OR REPLACE VIEW analytics.language_rankings AS
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
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date) AND NOT dr.is_private
ORDER BY dl.language_name, frs.rank_in_language;

CREATE OR REPLACE VIEW analytics.language_popularity_by_company AS
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
JOIN warehouse.dim_repositories dr ON dr.github_id = latest.github_id AND dr.is_current AND NOT dr.is_private
JOIN warehouse.dim_companies dc ON dc.company_key = dr.company_key
JOIN warehouse.dim_languages dl ON dl.language_key = latest.language_key
GROUP BY dc.company_name, dl.language_name
ORDER BY dc.company_name, total_bytes DESC;

CREATE OR REPLACE VIEW analytics.company_top_forked_repos AS
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
WHERE frs.snapshot_date = (SELECT snapshot_date FROM analytics.latest_snapshot_date) AND NOT dr.is_private;
