/* @name ReadRepoStarHistorySql */
-- One repository's star history from analytics.repo_star_history, every day
-- from its creation (or from :from) to its latest figure (or to :to).
-- :githubId, :from first day or NULL, :to last day or NULL
SELECT day::text AS "day!", stars, source, stars_retained AS "stars_retained!", retained_cumulative, snapshot_stars, live_stars,
       stars_taken_back
FROM analytics.repo_star_history
WHERE github_id = :githubId! AND (:from::date IS NULL OR day >= :from::date) AND (:to::date IS NULL OR day <= :to::date)
ORDER BY day;
