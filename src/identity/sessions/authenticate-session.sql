/* @name AuthenticateSessionSql */
-- The live session with this hash and its user (none when unknown, revoked or
-- past either expiry); each request pushes the idle expiry on, at most once a
-- minute, never past the absolute one.
WITH found AS (
    SELECT s.session_id, s.idle_expires_at, s.expires_at, s.github_token_sealed, u.user_id, u.login, u.role
    FROM identity.sessions s
    JOIN identity.users u ON u.user_id = s.user_id
    WHERE s.secret_sha256 = :sha256! AND s.revoked_at IS NULL AND s.expires_at > now() AND s.idle_expires_at > now()
), renewed AS (
    UPDATE identity.sessions s SET idle_expires_at = LEAST(f.expires_at, now() + make_interval(mins => :idleMinutes!::int))
    FROM found f
    WHERE s.session_id = f.session_id
      AND f.idle_expires_at < now() + make_interval(mins => :idleMinutes!::int) - interval '1 minute'
    RETURNING 1
)
SELECT session_id AS "session_id!", user_id AS "user_id!", login AS "login!", role AS "role!", github_token_sealed
FROM found;
