/* @name LockRepositoriesSql */
-- The batch twin of lock-repository.sql: the repositories of a batch of
-- deliveries, locked in github_id order (two transactions locking in one order
-- cannot deadlock). Released at commit.
-- :deliveryIds the batch, :events the events that carry a repository to record
SELECT r.github_id AS "github_id!", pg_advisory_xact_lock(7347102, (r.github_id % 2147483647)::int)
FROM (
    SELECT DISTINCT (b.repository ->> 'id')::bigint AS github_id
    FROM warehouse.webhook_batch(:deliveryIds!::text[], :events!::text[]) b
    WHERE jsonb_typeof(b.repository) = 'object'
    ORDER BY 1
) r
WHERE r.github_id IS NOT NULL;
