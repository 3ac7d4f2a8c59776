/* @name ReadDeliveryComparesSql */
-- What the delivery source need not ask GitHub again (README "Sources": delivery):
-- the compares raw holds ('base...head'), and the deployments whose shipped commits
-- the warehouse already has ('deployment:<id>' or 'workflow_run:<id>'), per
-- repository in lower case. :repos the repositories of delivery.repos
SELECT DISTINCT lower(repo_full_name) AS "repo!", request_key AS "key!"
FROM raw.github_delivery
WHERE kind = 'compare' AND request_key IS NOT NULL
  AND lower(repo_full_name) = ANY (SELECT lower(r) FROM unnest(:repos!::text[]) AS r)
UNION
SELECT DISTINCT lower(w.full_name), c.source || ':' || c.deployment_id
FROM warehouse.deployment_commits c
JOIN warehouse.repositories w ON w.id = c.repo_id
WHERE lower(w.full_name) = ANY (SELECT lower(r) FROM unnest(:repos!::text[]) AS r);
