/* @name RevokeSessionSql */
-- Ends a session (sign-out, or the one a new sign-in replaces in the same browser).
UPDATE identity.sessions SET revoked_at = now()
WHERE secret_sha256 = :sha256! AND revoked_at IS NULL
RETURNING session_id, user_id;
