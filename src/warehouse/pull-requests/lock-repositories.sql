/* @name LockRepositoriesSql */
-- The batch twin of lock-repository.sql: the repositories of a batch of
-- deliveries, locked in github_id order (two transactions locking in one order
-- cannot deadlock). Released at commit. Returns each with the names the batch
-- gives it, for free-repository-names.sql.
-- :deliveryIds the batch, :events the events that carry a repository to record
SELECT r.github_id AS "github_id!", r.full_names AS "full_names!",
    pg_advisory_xact_lock(7347102, (r.github_id % 2147483647)::int)
FROM (
    SELECT (b.repository ->> 'id')::bigint AS github_id, array_agg(DISTINCT b.repository ->> 'full_name') AS full_names
    FROM warehouse.webhook_batch(:deliveryIds!::text[], :events!::text[]) b
    WHERE jsonb_typeof(b.repository) = 'object' AND b.repository ->> 'id' IS NOT NULL
    GROUP BY 1
    ORDER BY 1
) r;
