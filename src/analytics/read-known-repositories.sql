/* @name ReadKnownRepositoriesSql */
-- Which of :names (owner/name, any case) gitpulse knows: tracked for snapshots
-- (dim_repositories) or in the PR flow (warehouse.repositories), as it spells them.
-- What the team viewed is listed for these only: a name gitpulse never saw could
-- be a private repository of someone else's, which no one here may see.
SELECT d.repo_full_name AS "full_name!"
FROM warehouse.dim_repositories d
WHERE d.is_current AND lower(d.repo_full_name) = ANY (:names!::text[])
UNION
SELECT r.full_name
FROM warehouse.repositories r
WHERE lower(r.full_name) = ANY (:names!::text[]);
