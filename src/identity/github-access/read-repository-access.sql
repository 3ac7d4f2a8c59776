/* @name ReadRepositoryAccessSql */
-- The private repositories GitHub last said this user may read, and whether
-- that answer is younger than :minutes.
SELECT readable_github_ids AS "readable_github_ids!",
       checked_at > now() - make_interval(mins => :minutes!::int) AS "fresh!"
FROM identity.repository_access
WHERE user_id = :userId!;
