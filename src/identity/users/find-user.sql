/* @name FindUserSql */
-- A user by login, any case; a GitHub user before a local one of the same name.
SELECT user_id, login, role, github_id
FROM identity.users
WHERE lower(login) = lower(:login!)
ORDER BY github_id IS NULL
LIMIT 1;
