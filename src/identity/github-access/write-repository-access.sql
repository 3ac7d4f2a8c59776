/* @name WriteRepositoryAccessSql */
-- What GitHub says this user may read now (their token's view).
INSERT INTO identity.repository_access (user_id, checked_at, readable_github_ids)
VALUES (:userId!, now(), :readableGithubIds!::bigint[])
ON CONFLICT (user_id) DO UPDATE
SET checked_at = EXCLUDED.checked_at, readable_github_ids = EXCLUDED.readable_github_ids;
