-- Stars given each day and still there, from GitHub's stargazers/history, on
-- the days its answers cover for a repository: from the oldest week read
-- (first_day) to the day of its latest page 1 (page1_as_of), within $2..$3.
-- Days inside that span without a fact row had none. $1 github_id, $2 from, $3 to
SELECT g.day::date::text AS day, COALESCE(f.stars_retained, 0) AS stars
FROM warehouse.star_history_coverage c
CROSS JOIN LATERAL generate_series(GREATEST($2::date, c.first_day), LEAST($3::date, c.page1_as_of), interval '1 day') AS g(day)
LEFT JOIN warehouse.fact_star_history f ON f.github_id = c.github_id AND f.star_date = g.day::date
WHERE c.github_id = $1
ORDER BY g.day;
