/* @name RevokeApiTokenSql */
-- Revokes a live token, one of :ownerId's (or anyone's when NULL: admins).
UPDATE identity.api_tokens t SET revoked_at = now()
FROM identity.users u
WHERE t.token_id = :tokenId! AND t.revoked_at IS NULL AND u.user_id = t.user_id
  AND (:ownerId::bigint IS NULL OR t.user_id = :ownerId::bigint)
RETURNING t.token_id, t.name, u.login AS owner;
