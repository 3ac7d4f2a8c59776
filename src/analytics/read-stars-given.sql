/* @name ReadStarsGivenSql */
-- Stars given each day and still there, from GitHub's stargazers/history, on
-- the days its answers cover for a repository: from the oldest week read
-- (first_day) to the day of its latest page 1 (page1_as_of), within :from..:to.
-- Days inside that span without a fact row had none. :githubId, :from, :to
SELECT g.day::date::text AS "day!", COALESCE(f.stars_retained, 0) AS "stars!"
FROM warehouse.star_history_coverage c
CROSS JOIN LATERAL generate_series(GREATEST(:from!::date, c.first_day), LEAST(:to!::date, c.page1_as_of), interval '1 day') AS g(day)
LEFT JOIN warehouse.fact_star_history f ON f.github_id = c.github_id AND f.star_date = g.day::date
WHERE c.github_id = :githubId!
ORDER BY g.day;
