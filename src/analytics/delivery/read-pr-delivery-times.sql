/* @name ReadPrDeliveryTimesSql */
-- Merged PRs with their delivery times (analytics.pr_delivery_times), newest
-- merge first: one repository's (:repository) or everyone's; bots left out
-- unless :includeBots.
SELECT repository AS "repository!", pr_number AS "pr_number!", title AS "title!", author, is_bot AS "is_bot!",
       to_char(merged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "merged_at!",
       to_char(deployed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS deployed_at,
       deployment_source, deployment_id,
       coding_hours::float AS coding_hours, pickup_hours::float AS pickup_hours, review_hours::float AS review_hours,
       deploy_hours::float AS deploy_hours, cycle_hours::float AS cycle_hours
FROM analytics.pr_delivery_times
WHERE (:repository::text IS NULL OR lower(repository) = lower(:repository::text))
  AND (:includeBots!::boolean OR NOT is_bot)
ORDER BY merged_at DESC, pr_number DESC
LIMIT :limit!;
