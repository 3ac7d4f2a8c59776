/* @name AuthenticateApiTokenSql */
-- The live token with this hash and its owner (none when unknown, revoked or
-- expired), marking it used; last_used_at is written at most once a minute,
-- so reads do not turn into a write each.
WITH found AS (
    SELECT t.token_id, t.scopes, t.last_used_at, t.github_token_sealed, u.user_id, u.login, u.role
    FROM identity.api_tokens t
    JOIN identity.users u ON u.user_id = t.user_id
    WHERE t.secret_sha256 = :sha256! AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
), touched AS (
    UPDATE identity.api_tokens t SET last_used_at = now()
    FROM found f
    WHERE t.token_id = f.token_id AND (f.last_used_at IS NULL OR f.last_used_at < now() - interval '1 minute')
    RETURNING 1
)
SELECT token_id AS "token_id!", scopes AS "scopes!", user_id AS "user_id!", login AS "login!", role AS "role!",
       github_token_sealed
FROM found;
