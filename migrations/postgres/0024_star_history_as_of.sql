-- The day a repository's star history is as of: the run date of its latest
-- page 1 (the newest 30 weeks) that GitHub answered, 200 or an unchanged 304.
-- A star removed after that day still counts in the retained figures, so on a
-- later day their running total can exceed that day's snapshot: seen on the
-- replay when a first backfill read page 1 on one day and its last pages the
-- next, and the repository lost a star in between (stars_taken_back −1).
-- analytics.repo_star_history now gives retained_cumulative (and so
-- stars_taken_back) only up to that day; the days after take their figure from
-- the snapshots. README "Star history".
ALTER TABLE warehouse.star_history_coverage ADD COLUMN page1_as_of DATE;

UPDATE warehouse.star_history_coverage c
SET page1_as_of = r.as_of
FROM (SELECT github_id, max(snapshot_date) AS as_of FROM raw.github_star_history WHERE page = 1 GROUP BY github_id) r
WHERE r.github_id = c.github_id;

-- One star history per repository, every day from its creation (or its first
-- star, when GitHub's day boundary puts that a day earlier) to its latest
-- figure:
--   stars_retained       stars given that day and still there (0 on days without);
--   retained_cumulative  their running total, once the backfill is complete
--                        (NULL before: older stars are not known yet), up to
--                        page1_as_of (NULL after: removals since are not known);
--   snapshot_stars       stargazers_count of gitpulse's snapshot of that day;
--   live_stars           a star webhook's count, on the day it was observed;
--   stars_taken_back     snapshot_stars − retained_cumulative: stars given up to
--                        that day and removed between then and page1_as_of (never rescaled away);
--   stars, source        the day's figure and where it comes from: 'snapshot',
--                        'webhook' (no snapshot that day yet), 'star_history'.
CREATE OR REPLACE VIEW analytics.repo_star_history AS
WITH spans AS (
    SELECT d.github_id, d.repo_full_name, d.created_at,
           COALESCE(c.complete, false) AS history_complete,
           c.page1_as_of,
           LEAST(d.created_at::date, c.first_day,
                 (SELECT min(s.snapshot_date) FROM warehouse.fact_repo_snapshots s WHERE s.github_id = d.github_id)) AS first_day,
           GREATEST(
               (SELECT max(s.snapshot_date) FROM warehouse.fact_repo_snapshots s WHERE s.github_id = d.github_id),
               (SELECT max(h.star_date) FROM warehouse.fact_star_history h WHERE h.github_id = d.github_id),
               (SELECT (l.observed_at AT TIME ZONE 'UTC')::date FROM warehouse.repo_live_stars l WHERE l.github_id = d.github_id)
           ) AS last_day
    FROM warehouse.dim_repositories d
    LEFT JOIN warehouse.star_history_coverage c ON c.github_id = d.github_id
    WHERE d.is_current
), days AS (
    SELECT sp.github_id, sp.repo_full_name, sp.history_complete, sp.page1_as_of, g.day::date AS day,
           COALESCE(h.stars_retained, 0) AS stars_retained,
           s.stars AS snapshot_stars,
           CASE WHEN (l.observed_at AT TIME ZONE 'UTC')::date = g.day::date THEN l.stars END AS live_stars
    FROM spans sp
    CROSS JOIN LATERAL generate_series(sp.first_day, sp.last_day, interval '1 day') AS g(day)
    LEFT JOIN warehouse.fact_star_history h ON h.github_id = sp.github_id AND h.star_date = g.day::date
    LEFT JOIN warehouse.fact_repo_snapshots s ON s.github_id = sp.github_id AND s.snapshot_date = g.day::date
    LEFT JOIN warehouse.repo_live_stars l ON l.github_id = sp.github_id
), cumulative AS (
    SELECT days.*,
           CASE WHEN history_complete AND day <= page1_as_of THEN
               sum(stars_retained) OVER (PARTITION BY github_id ORDER BY day ROWS UNBOUNDED PRECEDING)::int
           END AS retained_cumulative
    FROM days
)
SELECT github_id, repo_full_name, day, stars_retained, retained_cumulative, snapshot_stars, live_stars,
       snapshot_stars - retained_cumulative AS stars_taken_back,
       COALESCE(snapshot_stars, live_stars, retained_cumulative) AS stars,
       CASE WHEN snapshot_stars IS NOT NULL THEN 'snapshot'
            WHEN live_stars IS NOT NULL THEN 'webhook'
            WHEN retained_cumulative IS NOT NULL THEN 'star_history'
       END AS source,
       history_complete
FROM cumulative;
