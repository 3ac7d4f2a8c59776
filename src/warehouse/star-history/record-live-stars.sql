/* @name RecordLiveStarsSql */
-- A star webhook's repository.stargazers_count becomes the repository's live
-- figure, unless the one held was observed later (deliveries can arrive out
-- of order). A `deleted` event has no starred_at: it was observed when
-- GitHub delivered it.
-- :githubId the repository, :stars its stargazers_count, :starredAt the event's
-- starred_at (NULL for `deleted`), :deliveryId the delivery
INSERT INTO warehouse.repo_live_stars AS l (github_id, stars, observed_at, delivery_id)
SELECT :githubId!::bigint, :stars!::int, COALESCE(:starredAt::timestamptz, d.received_at, now()), :deliveryId!::text
FROM (SELECT 1) AS one
LEFT JOIN raw.webhook_deliveries d ON d.delivery_id = :deliveryId!::text
ON CONFLICT (github_id) DO UPDATE
SET stars = EXCLUDED.stars, observed_at = EXCLUDED.observed_at, delivery_id = EXCLUDED.delivery_id
WHERE l.observed_at <= EXCLUDED.observed_at;
