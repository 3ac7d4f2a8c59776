/* @name FreeRepositoryNamesSql */
-- The batch twin of free-repository-name.sql: a row holding a name one of the
-- batch's repositories has, under another id, gives the name up (a row of the
-- batch then takes its own name back in upsert-repositories.sql).
-- :deliveryIds the batch, :events the events that carry a repository to record
WITH claimed AS (
    SELECT DISTINCT b.repository ->> 'full_name' AS full_name, (b.repository ->> 'id')::bigint AS github_id
    FROM warehouse.webhook_batch(:deliveryIds!::text[], :events!::text[]) b
    WHERE jsonb_typeof(b.repository) = 'object'
)
UPDATE warehouse.repositories r SET full_name = r.full_name || '#' || r.github_id, updated_at = now()
FROM claimed c
WHERE r.full_name = c.full_name AND r.github_id <> c.github_id;
