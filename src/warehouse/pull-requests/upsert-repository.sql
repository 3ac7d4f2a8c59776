-- warehouse.repositories (migrations/postgres/0006), from a webhook's `repository` (after free-repository-name.sql). Returns its id.
-- $1 github_id, $2 name, $3 full_name, $4 owner, $5 owner avatar, $6 private, $7 description.
-- An avatar or visibility the caller does not know (NULL: a webhook whose repository
-- owner carries no avatar) keeps what an earlier event stored.
INSERT INTO warehouse.repositories (github_id, name, full_name, owner, owner_avatar_url, is_private, description)
VALUES ($1, $2, $3, $4, $5, COALESCE($6::boolean, false), $7)
ON CONFLICT (github_id) DO UPDATE SET
    name = EXCLUDED.name, full_name = EXCLUDED.full_name, owner = EXCLUDED.owner,
    owner_avatar_url = COALESCE($5, warehouse.repositories.owner_avatar_url),
    is_private = COALESCE($6::boolean, warehouse.repositories.is_private),
    description = EXCLUDED.description, updated_at = now()
RETURNING id;
