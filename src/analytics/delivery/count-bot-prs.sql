/* @name CountBotPrsSql */
-- Merged PRs by bots, which the delivery metrics leave out: counted apart so the reader sees how many.
SELECT count(*)::int AS "bot_prs!"
FROM analytics.pr_delivery_times
WHERE is_bot AND (:repository::text IS NULL OR lower(repository) = lower(:repository::text));
