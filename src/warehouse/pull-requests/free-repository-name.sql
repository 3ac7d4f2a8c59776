/* @name FreeRepositoryNameSql */
-- Names are unique on GitHub at any one time: a row holding this name under
-- another id is a repository deleted or renamed since; it gives the name up
-- (keeping its history under "<name>#<old id>"). :githubId the repository, :fullName its name
UPDATE warehouse.repositories SET full_name = full_name || '#' || github_id, updated_at = now()
WHERE full_name = :fullName! AND github_id <> :githubId!;
