/* @name SearchRepositoriesSql */
-- Tracked repositories whose owner/name, or a name they had before a rename
-- (analytics.repo_name_aliases), contains the words, best first: an exact
-- name, then a name that starts with them, then the most starred. Each with
-- its old names, newest first (PostgreSQL works them out after the LIMIT).
-- :text to find (lower case), :limit how many
WITH matched AS (
    -- the best-matching name of each repository, over all its versions
    SELECT DISTINCT ON (v.github_id) v.github_id, lower(v.repo_full_name) AS name
    FROM warehouse.dim_repositories v
    WHERE strpos(lower(v.repo_full_name), :text!) > 0
    ORDER BY v.github_id, lower(v.repo_full_name) = :text! DESC, v.is_current DESC
)
SELECT d.repo_full_name, d.language, d.description, s.stars AS "stars?",
       ARRAY(SELECT a.alias FROM analytics.repo_name_aliases a
             WHERE a.github_id = d.github_id ORDER BY a.renamed_at DESC) AS "aliases!"
FROM matched m
JOIN warehouse.dim_repositories d ON d.github_id = m.github_id AND d.is_current
LEFT JOIN LATERAL (
    SELECT f.stars FROM warehouse.fact_repo_snapshots f
    WHERE f.github_id = d.github_id ORDER BY f.snapshot_date DESC LIMIT 1
) s ON true
ORDER BY m.name = :text! DESC,
         split_part(m.name, '/', 2) = :text! DESC,
         starts_with(split_part(m.name, '/', 2), :text!) DESC,
         s.stars DESC NULLS LAST, d.repo_full_name
LIMIT :limit!;
