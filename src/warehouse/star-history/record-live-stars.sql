-- A star webhook's repository.stargazers_count becomes the repository's live
-- figure, unless the one held was observed later (deliveries can arrive out
-- of order). A `deleted` event has no starred_at: it was observed when
-- GitHub delivered it.
-- $1 github_id, $2 stargazers_count, $3 starred_at or NULL, $4 delivery id
INSERT INTO warehouse.repo_live_stars AS l (github_id, stars, observed_at, delivery_id)
SELECT $1::bigint, $2::int, COALESCE($3::timestamptz, d.received_at, now()), $4::text
FROM (SELECT 1) AS one
LEFT JOIN raw.webhook_deliveries d ON d.delivery_id = $4::text
ON CONFLICT (github_id) DO UPDATE
SET stars = EXCLUDED.stars, observed_at = EXCLUDED.observed_at, delivery_id = EXCLUDED.delivery_id
WHERE l.observed_at <= EXCLUDED.observed_at;
