/* @name RefreshDeliveryBotsSql */
-- ops.delivery_bots (migration 0029) becomes config delivery.bots, lowercased
-- (GitHub logins ignore case): the list the PR delivery view reads to leave
-- bots out of lead time. Rewritten at each run, so it follows the config.
-- :logins the configured logins (may be empty)
WITH wanted AS (
    SELECT DISTINCT lower(u.login) AS login FROM unnest(:logins!::text[]) AS u (login)
), removed AS (
    DELETE FROM ops.delivery_bots b WHERE NOT EXISTS (SELECT 1 FROM wanted w WHERE w.login = b.login)
    RETURNING 1
), added AS (
    INSERT INTO ops.delivery_bots (login) SELECT login FROM wanted
    ON CONFLICT (login) DO NOTHING
    RETURNING 1
)
SELECT (SELECT count(*) FROM added)::int AS "added!", (SELECT count(*) FROM removed)::int AS "removed!";
