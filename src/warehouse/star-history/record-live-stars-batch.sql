/* @name RecordLiveStarsBatchSql */
-- Each repository's live figure from a batch of webhook deliveries' star
-- events: the one observed last (or the one held, if later). Returns the
-- deliveries that carried a count (the others carry nothing).
-- :deliveryIds the batch
WITH stars AS (
    SELECT b.delivery_id, (b.repository ->> 'id')::bigint AS github_id,
        (b.repository ->> 'stargazers_count')::int AS stars,
        COALESCE(b.starred_at::timestamptz, d.received_at, now()) AS observed_at, d.id
    FROM warehouse.webhook_batch(:deliveryIds!::text[], ARRAY['star']) b
    JOIN raw.webhook_deliveries d ON d.delivery_id = b.delivery_id
    WHERE jsonb_typeof(b.repository -> 'id') = 'number'
      AND jsonb_typeof(b.repository -> 'stargazers_count') = 'number'
), recorded AS (
    INSERT INTO warehouse.repo_live_stars AS l (github_id, stars, observed_at, delivery_id)
    SELECT DISTINCT ON (github_id) github_id, stars, observed_at, delivery_id
    FROM stars ORDER BY github_id, observed_at DESC, id DESC
    ON CONFLICT (github_id) DO UPDATE
    SET stars = EXCLUDED.stars, observed_at = EXCLUDED.observed_at, delivery_id = EXCLUDED.delivery_id
    WHERE l.observed_at <= EXCLUDED.observed_at
)
SELECT delivery_id AS "delivery_id!" FROM stars;
