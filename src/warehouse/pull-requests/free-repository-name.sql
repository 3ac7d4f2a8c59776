-- Names are unique on GitHub at any one time: a row holding this name under
-- another id is a repository deleted or renamed since; it gives the name up
-- (keeping its history under "<name>#<old id>"). $1 github_id, $2 full_name
UPDATE warehouse.repositories SET full_name = full_name || '#' || github_id, updated_at = now()
WHERE full_name = $2 AND github_id <> $1;
