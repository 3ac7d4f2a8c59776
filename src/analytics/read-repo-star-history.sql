-- One repository's star history from analytics.repo_star_history, every day
-- from its creation (or from $2) to its latest figure (or to $3).
-- $1 github_id, $2 first day or NULL, $3 last day or NULL
SELECT day::text AS day, stars, source, stars_retained, retained_cumulative, snapshot_stars, live_stars,
       stars_taken_back
FROM analytics.repo_star_history
WHERE github_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)
ORDER BY day;
