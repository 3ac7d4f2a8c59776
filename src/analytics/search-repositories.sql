/* @name SearchRepositoriesSql */
-- Tracked repositories whose owner/name contains the words, best first: an
-- exact name, then a name that starts with them, then the most starred.
-- :text to find (lower case), :limit how many
SELECT d.repo_full_name, d.language, d.description, s.stars AS "stars?"
FROM warehouse.dim_repositories d
LEFT JOIN LATERAL (
    SELECT f.stars FROM warehouse.fact_repo_snapshots f
    WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1
) s ON true
WHERE d.is_current AND strpos(lower(d.repo_full_name), :text!) > 0
ORDER BY lower(d.repo_full_name) = :text! DESC,
         lower(split_part(d.repo_full_name, '/', 2)) = :text! DESC,
         starts_with(lower(split_part(d.repo_full_name, '/', 2)), :text!) DESC,
         s.stars DESC NULLS LAST, d.repo_full_name
LIMIT :limit!;
