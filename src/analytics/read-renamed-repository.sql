/* @name ReadRenamedRepositorySql */
-- The current name of the tracked repository that was called :fullName
-- (owner/name) before a rename or transfer (analytics.repo_name_aliases), most
-- recent first; none when a tracked repository has that name now (GitHub lets
-- a name be taken again).
SELECT a.repo_full_name
FROM analytics.repo_name_aliases a
WHERE lower(a.alias) = lower(:fullName!)
  AND NOT EXISTS (
    SELECT 1 FROM warehouse.dim_repositories d WHERE d.is_current AND lower(d.repo_full_name) = lower(:fullName!))
ORDER BY a.renamed_at DESC
LIMIT 1;
