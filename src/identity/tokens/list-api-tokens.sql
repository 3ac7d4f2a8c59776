/* @name ListApiTokensSql */
-- Tokens of one user (:userId), or of everyone when it is NULL (admins), newest first.
SELECT t.token_id, u.login AS owner, t.name, t.scopes, t.last_four,
       to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "created_at!",
       to_char(t.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS expires_at,
       to_char(t.last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_used_at,
       to_char(t.revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS revoked_at
FROM identity.api_tokens t
JOIN identity.users u ON u.user_id = t.user_id
WHERE :userId::bigint IS NULL OR t.user_id = :userId::bigint
ORDER BY t.created_at DESC, t.token_id DESC;
