-- Tracked repositories whose owner/name contains the words, best first: an
-- exact name, then a name that starts with them, then the most starred.
-- $1 text to find (lower case), $2 how many
SELECT d.repo_full_name, d.language, d.description, s.stars
FROM warehouse.dim_repositories d
LEFT JOIN LATERAL (
    SELECT f.stars FROM warehouse.fact_repo_snapshots f
    WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1
) s ON true
WHERE d.is_current AND strpos(lower(d.repo_full_name), $1) > 0
ORDER BY lower(d.repo_full_name) = $1 DESC,
         lower(split_part(d.repo_full_name, '/', 2)) = $1 DESC,
         starts_with(lower(split_part(d.repo_full_name, '/', 2)), $1) DESC,
         s.stars DESC NULLS LAST, d.repo_full_name
LIMIT $2;
