-- The items of a run's delivery receipts (raw.github_delivery) of one kind,
-- each with the receipt it came from: the deployments, workflow-run and
-- issue converters (src/warehouse/delivery) read them here instead of each
-- unpacking the pages itself. `path` is where the page keeps its array
-- (e.g. {deployments,nodes}); a page whose path holds no array gives
-- nothing. SQL, STABLE, one SELECT: the planner inlines it into each
-- converter, which then plans as before.
CREATE FUNCTION raw.delivery_items(kind TEXT, path TEXT[], run_ids TEXT[], day DATE)
RETURNS TABLE (receipt_id BIGINT, repo_full_name TEXT, repo_github_id BIGINT, request_key TEXT, item JSONB)
LANGUAGE sql STABLE AS $$
    SELECT g.id, g.repo_full_name, (g.api_response->>'databaseId')::bigint, g.request_key, i.item
    FROM raw.github_delivery g
    CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(g.api_response #> path) = 'array' THEN g.api_response #> path ELSE '[]'::jsonb END
    ) AS i (item)
    WHERE g.kind = delivery_items.kind AND g.run_id = ANY(run_ids) AND g.snapshot_date = day
      AND jsonb_typeof(i.item) = 'object'
$$;
