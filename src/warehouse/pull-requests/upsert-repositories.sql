/* @name UpsertRepositoriesSql */
-- The batch twin of upsert-repository.sql: each repository of a batch of
-- deliveries as its last event has it; an avatar, a visibility or a description
-- its last event lacks comes from the latest event that had one, else stays as
-- stored, as one upsert per delivery would leave it. Two repositories of the
-- batch ending with one name (one deleted, another created under its name):
-- the later keeps it, the other gives it up. Returns the deliveries that
-- carried a repository (the others carry nothing for the model).
-- :deliveryIds the batch, :events the events that carry a repository to record
WITH delivered AS (
    SELECT b.delivery_id, b.n, b.repository AS r
    FROM warehouse.webhook_batch(:deliveryIds!::text[], :events!::text[]) b
    WHERE jsonb_typeof(b.repository) = 'object'
), records AS (
    SELECT delivery_id, n, (r ->> 'id')::bigint AS github_id, r ->> 'name' AS name, r ->> 'full_name' AS full_name,
        COALESCE(r #>> '{owner,login}', r #>> '{owner,name}', split_part(r ->> 'full_name', '/', 1)) AS owner,
        r #>> '{owner,avatar_url}' AS avatar, (r ->> 'private')::boolean AS is_private,
        r ? 'description' AS description_known, r ->> 'description' AS description
    FROM delivered
), latest AS (
    SELECT github_id, max(n) AS n,
        (array_agg(name ORDER BY n DESC))[1] AS name,
        (array_agg(full_name ORDER BY n DESC))[1] AS full_name,
        (array_agg(owner ORDER BY n DESC))[1] AS owner,
        (array_agg(avatar ORDER BY n DESC) FILTER (WHERE avatar IS NOT NULL))[1] AS avatar,
        (array_agg(is_private ORDER BY n DESC) FILTER (WHERE is_private IS NOT NULL))[1] AS is_private,
        bool_or(description_known) AS description_known,
        (array_agg(description ORDER BY n DESC) FILTER (WHERE description_known))[1] AS description
    FROM records GROUP BY github_id
), named AS (
    SELECT l.*, CASE WHEN row_number() OVER (PARTITION BY full_name ORDER BY n DESC) = 1 THEN full_name
                     ELSE full_name || '#' || github_id END AS final_name
    FROM latest l
), upserted AS (
    INSERT INTO warehouse.repositories AS w (github_id, name, full_name, owner, owner_avatar_url, is_private, description)
    SELECT github_id, name, final_name, owner, avatar, COALESCE(is_private, false), description FROM named
    ORDER BY github_id
    ON CONFLICT (github_id) DO UPDATE SET
        name = EXCLUDED.name, full_name = EXCLUDED.full_name, owner = EXCLUDED.owner,
        owner_avatar_url = COALESCE(EXCLUDED.owner_avatar_url, w.owner_avatar_url),
        is_private = COALESCE((SELECT is_private FROM named WHERE named.github_id = w.github_id), w.is_private),
        description = CASE WHEN (SELECT description_known FROM named WHERE named.github_id = w.github_id)
                           THEN EXCLUDED.description ELSE w.description END,
        updated_at = now()
    RETURNING 1
)
SELECT delivery_id AS "delivery_id!" FROM records;
