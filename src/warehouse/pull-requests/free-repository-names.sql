/* @name FreeRepositoryNamesSql */
-- The batch twin of free-repository-name.sql: a row holding a name one of the
-- batch's repositories has, under another id, gives the name up (a row of the
-- batch then takes its own name back in upsert-repositories.sql).
-- :githubIds and :fullNames, one element per repository and name (lock-repositories.sql)
UPDATE warehouse.repositories r SET full_name = r.full_name || '#' || r.github_id, updated_at = now()
FROM unnest(:githubIds!::bigint[], :fullNames!::text[]) AS c (github_id, full_name)
WHERE r.full_name = c.full_name AND r.github_id <> c.github_id;
