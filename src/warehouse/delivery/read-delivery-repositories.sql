/* @name ReadDeliveryRepositoriesSql */
-- The repositories a run's delivery receipts are about (raw.github_delivery,
-- migration 0028), one row each: GitHub's id and name where a GraphQL page
-- carries them (deployments, issues), NULL where the answer does not (REST's
-- workflow runs and compares, which the converters find by name). No row: the
-- run read nothing for delivery, and there is nothing to model.
-- isPrivate is read when the page has it (the warehouse keeps what it knows otherwise).
-- :rawRunIds the raw rows' run ids, :snapshotDate the run's date
SELECT g.repo_full_name AS "repo_full_name!",
       max((g.api_response->>'databaseId')::bigint) FILTER (WHERE g.kind IN ('deployments', 'issues')) AS github_id,
       max(g.api_response->>'nameWithOwner') FILTER (WHERE g.kind IN ('deployments', 'issues')) AS name_with_owner,
       bool_or((g.api_response->>'isPrivate')::boolean) AS is_private
FROM raw.github_delivery g
WHERE g.run_id = ANY(:rawRunIds!::text[]) AND g.snapshot_date = :snapshotDate!::date
GROUP BY g.repo_full_name
ORDER BY g.repo_full_name;
