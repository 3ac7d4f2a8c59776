/* @name ListUsersSql */
-- Everyone in the identity database, with how many live tokens each holds.
SELECT u.user_id, u.login, u.name, u.role, u.github_id,
       to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "created_at!",
       to_char(u.last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_seen_at,
       (SELECT count(*) FROM identity.api_tokens t
        WHERE t.user_id = u.user_id AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()))::int AS "live_tokens!"
FROM identity.users u
ORDER BY lower(u.login), u.github_id IS NULL;
