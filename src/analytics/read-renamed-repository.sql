/* @name ReadRenamedRepositorySql */
-- The current name of the tracked repository that was called :fullName
-- (owner/name) before a rename or transfer, most recent first; none when a
-- tracked repository has that name now (GitHub lets a name be taken again).
SELECT cur.repo_full_name
FROM warehouse.dim_repositories old
JOIN warehouse.dim_repositories cur ON cur.github_id = old.github_id AND cur.is_current
WHERE lower(old.repo_full_name) = lower(:fullName!) AND NOT old.is_current
  AND lower(cur.repo_full_name) <> lower(:fullName!)
  AND NOT EXISTS (
    SELECT 1 FROM warehouse.dim_repositories d WHERE d.is_current AND lower(d.repo_full_name) = lower(:fullName!))
ORDER BY old.valid_to DESC
LIMIT 1;
